namespace Consent.Auditing;

/// <summary>
/// A durable, hash-chained store of consent events. The library's single writer calls
/// <see cref="AppendBatchAsync"/> with many events at once (group commit); register a store with
/// <c>AddAuditStore</c> on the builder <c>AddCookieConsent()</c> returns.
/// </summary>
public interface IConsentAuditStore
{
    /// <summary>Creates or migrates the schema. Called once at startup; safe when several instances start together.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Appends the events, in order, in one transaction: reads the chain head inside the transaction, gives each
    /// event the next sequence number and its hash (<see cref="AuditChain"/>), and returns once committed durably.
    /// An event whose submission key is already stored, or carried by an earlier event of the batch, is not appended:
    /// the check runs inside the same transaction, under the same lock, so concurrent writers record a key once.
    /// </summary>
    /// <param name="batch">The events.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is then committed.</param>
    /// <returns>Once the batch is durable, one result per event, in batch order.</returns>
    Task<IReadOnlyList<ConsentAuditAppendResult>> AppendBatchAsync(IReadOnlyList<ConsentAuditRecord> batch, CancellationToken cancellationToken);

    /// <summary>Reads stored events in sequence order.</summary>
    /// <param name="fromSequence">The first sequence number to read.</param>
    /// <param name="count">The largest number of events to read.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The events.</returns>
    Task<IReadOnlyList<StoredConsentEvent>> ReadAsync(long fromSequence, int count, CancellationToken cancellationToken);

    /// <summary>Verifies the whole stored chain in one streaming pass (<see cref="AuditChainVerifier"/>).</summary>
    /// <param name="checkpoint">An exported checkpoint to check against, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    Task<AuditChainVerification> VerifyAsync(AuditCheckpoint? checkpoint, CancellationToken cancellationToken);

    /// <summary>Gets the current checkpoint (event count and head hash) to export and keep elsewhere.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The checkpoint.</returns>
    Task<AuditCheckpoint> GetCheckpointAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Removes the bodies of the oldest events, those before the first event at or after <paramref name="olderThan"/>,
    /// and keeps their hashes so the chain still verifies (COMPLIANCE R5).
    /// </summary>
    /// <param name="olderThan">The cut-off time.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many bodies were removed.</returns>
    Task<long> PurgeBodiesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
