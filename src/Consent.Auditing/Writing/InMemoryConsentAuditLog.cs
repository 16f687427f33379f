namespace Consent.Auditing;

/// <summary>
/// Keeps audit events in memory, in order. For tests and demos: nothing survives a restart.
/// </summary>
public sealed class InMemoryConsentAuditLog : IConsentAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<ConsentEvent> _events = [];

    /// <summary>Gets a snapshot of the events appended so far, oldest first.</summary>
    public IReadOnlyList<ConsentEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<ConsentAuditAppendResult> AppendAsync(ConsentEvent consentEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        lock (_gate)
        {
            if (consentEvent.SubmissionKey is { } key && _events.Find(e => string.Equals(e.SubmissionKey, key, StringComparison.Ordinal)) is { } first)
            {
                return ValueTask.FromResult(ConsentAuditAppendResult.AlreadyRecorded(first));
            }

            _events.Add(consentEvent);
        }

        return ValueTask.FromResult(ConsentAuditAppendResult.Appended);
    }
}
