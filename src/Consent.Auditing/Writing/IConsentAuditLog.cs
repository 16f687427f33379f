namespace Consent.Auditing;

/// <summary>An append-only log of consent decisions. <c>POST /consent</c> answers only once an append has completed.</summary>
public interface IConsentAuditLog
{
    /// <summary>
    /// Appends one event, returning once it is durably recorded; an event whose <see cref="ConsentEvent.SubmissionKey"/>
    /// an earlier event already carries is not appended, and the result names that first event.
    /// </summary>
    /// <param name="consentEvent">The event.</param>
    /// <param name="cancellationToken">Cancels waiting; the event may still be recorded.</param>
    /// <returns>Whether the event was appended or already recorded.</returns>
    /// <exception cref="ConsentAuditLogBusyException">The log cannot take the event now; retry later. Nothing was lost.</exception>
    ValueTask<ConsentAuditAppendResult> AppendAsync(ConsentEvent consentEvent, CancellationToken cancellationToken);
}
