namespace Consent.Auditing;

/// <summary>
/// What an append did with one event: <see cref="Appended"/> it, or found an event with the same submission key
/// already recorded (<see cref="AlreadyRecorded(ConsentEvent)"/>) and appended nothing.
/// </summary>
public sealed class ConsentAuditAppendResult
{
    private ConsentAuditAppendResult(ConsentEvent? firstEvent) => FirstEvent = firstEvent;

    /// <summary>Gets the result of an event that was appended.</summary>
    public static ConsentAuditAppendResult Appended { get; } = new(null);

    /// <summary>Gets the event first recorded with the same submission key, or <see langword="null"/> when the event was appended.</summary>
    public ConsentEvent? FirstEvent { get; }

    /// <summary>Gets whether an event with the same submission key was already recorded, so nothing was appended.</summary>
    public bool IsAlreadyRecorded => FirstEvent is not null;

    /// <summary>The result of an event whose submission key an earlier event already carries.</summary>
    /// <param name="firstEvent">The event recorded first with that key.</param>
    /// <returns>The result.</returns>
    public static ConsentAuditAppendResult AlreadyRecorded(ConsentEvent firstEvent)
    {
        ArgumentNullException.ThrowIfNull(firstEvent);
        return new ConsentAuditAppendResult(firstEvent);
    }
}
