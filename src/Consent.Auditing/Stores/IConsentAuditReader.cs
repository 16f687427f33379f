using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>
/// A read-only, streaming view of one audit store, for auditors: events are streamed row by row, never collected, so
/// that a pass over millions of events runs in constant memory. Each store package opens one on its own storage
/// (for example <c>SqliteConsentAuditReader.OpenAsync</c>), and the <c>consent-audit</c> tool reads through it.
/// </summary>
/// <remarks>
/// Events found through the unhashed look-up columns (<c>consent_id</c>, <c>occurred_at</c>) are checked against their
/// hashed body (<see cref="AuditIndexEntry"/>). A look-up still cannot see an event whose column was moved away from
/// it: only <see cref="VerifyAsync"/> proves that nothing is missing.
/// </remarks>
public interface IConsentAuditReader : IAsyncDisposable
{
    /// <summary>Gets a description of the store for reports, such as <c>SQLite consent.db</c>, without secrets.</summary>
    string Description { get; }

    /// <summary>Gets the number of events (the sequence number of the last one).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The number of events.</returns>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Verifies the whole chain in one pass over one snapshot of the store (COMPLIANCE L1, L3, R4): every event's hash,
    /// body and look-up columns, every archived text against its hash and every event's text hash against the archive,
    /// and, given public keys, every stored signature and that the last one covers every event.
    /// </summary>
    /// <param name="options">A checkpoint and public keys to check against, when given.</param>
    /// <param name="progress">Receives the number of events read so far, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The outcome.</returns>
    Task<AuditChainVerification> VerifyAsync(AuditVerificationOptions options, IProgress<long>? progress, CancellationToken cancellationToken);

    /// <summary>Streams events in chain order; purged events have no body.</summary>
    /// <param name="since">The first time to include, or <see langword="null"/> for no lower bound.</param>
    /// <param name="before">The first time to leave out, or <see langword="null"/> for no upper bound.</param>
    /// <param name="checkIndexColumns">
    /// Whether an event whose look-up columns differ from its body stops the read with
    /// <see cref="ConsentAuditTamperedException"/>; <see langword="false"/> only where a failed verification is
    /// already reported.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events. Without bounds every event is read by sequence number, so a rewritten
    /// <c>occurred_at</c> cannot leave one out.</returns>
    /// <exception cref="ConsentAuditTamperedException">An event cannot be decoded, or its look-up columns were rewritten.</exception>
    IAsyncEnumerable<StoredConsentEvent> ReadAsync(DateTimeOffset? since, DateTimeOffset? before, bool checkIndexColumns, CancellationToken cancellationToken);

    /// <summary>Streams every event of one consent ID, in chain order, each checked against its look-up columns.</summary>
    /// <param name="consentId">The consent ID a visitor quotes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ConsentAuditTamperedException">An event cannot be decoded, or its look-up columns were rewritten.</exception>
    IAsyncEnumerable<StoredConsentEvent> HistoryAsync(ConsentId consentId, CancellationToken cancellationToken);

    /// <summary>Streams every archived banner text, oldest first (COMPLIANCE R4).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The texts.</returns>
    IAsyncEnumerable<ArchivedConsentText> TextsAsync(CancellationToken cancellationToken);
}
