namespace Consent.Auditing;

/// <summary>
/// One row of a verification query, copied out of the reader so that reading the next rows and hashing this one
/// can run at the same time (see <see cref="AuditChainVerifier.AddRowsAsync"/>). Its bytes live in its batch's
/// buffer (<see cref="StoredRowBatch"/>), so that a row in flight holds no array of its own.
/// </summary>
/// <param name="Sequence">The stored sequence number.</param>
/// <param name="Body">Where the canonical bytes are in the batch's buffer; <see cref="ByteRange.Null"/> when retention purged them.</param>
/// <param name="Hash">Where the stored chain hash is in the batch's buffer.</param>
/// <param name="Index">The look-up columns, when checked and the body is kept.</param>
/// <param name="Signature">The signature anchored at this event, if any.</param>
internal readonly record struct StoredRow(long Sequence, ByteRange Body, ByteRange Hash, AuditIndexEntry? Index, AuditSignature? Signature);
