namespace Consent.Auditing;

/// <summary>An append-only log of consent decisions. <c>POST /consent</c> answers only once an append has completed.</summary>
public interface IConsentAuditLog
{
    /// <summary>Appends one event, returning once it is durably recorded.</summary>
    /// <param name="consentEvent">The event.</param>
    /// <param name="cancellationToken">Cancels waiting; the event may still be recorded.</param>
    /// <exception cref="ConsentAuditLogBusyException">The log cannot take the event now; retry later. Nothing was lost.</exception>
    ValueTask AppendAsync(ConsentEvent consentEvent, CancellationToken cancellationToken);
}
