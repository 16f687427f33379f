using System.Data.Common;

namespace Consent.Auditing;

/// <summary>
/// One row of a verification query, copied out of the reader so that reading the next rows and hashing this one
/// can run at the same time (see <see cref="AuditChainVerifier.AddRowsAsync"/>).
/// </summary>
/// <param name="Sequence">The stored sequence number.</param>
/// <param name="Body">The canonical bytes, or <see langword="null"/> when retention purged them.</param>
/// <param name="Hash">The stored chain hash.</param>
/// <param name="Index">The look-up columns, when checked and the body is kept.</param>
/// <param name="Signature">The signature anchored at this event, if any.</param>
internal readonly record struct StoredRow(long Sequence, byte[]? Body, byte[] Hash, AuditIndexEntry? Index, AuditSignature? Signature)
{
    /// <summary>Copies the reader's current row (columns as <see cref="AuditChainVerifier.AddRowsAsync"/> describes).</summary>
    public static StoredRow Read(DbDataReader rows, AuditTimeColumn? timeColumn, bool signed)
    {
        // GetFieldValue<byte[]> allocates, but is several times faster than GetBytes with a reused buffer in
        // Microsoft.Data.Sqlite (measured: 1M rows in 0.7 s against 3 s), and short-lived arrays are cheap.
        var sequence = rows.GetInt64(0);
        var hash = rows.GetFieldValue<byte[]>(2);
        var body = rows.IsDBNull(1) ? null : rows.GetFieldValue<byte[]>(1);
        AuditIndexEntry? index = null;
        if (body is not null && timeColumn is { } column)
        {
            // Logs created before the submission key have no such column; their events have no key either.
            var keyOrdinal = signed ? 9 : 5;
            index = rows.FieldCount > keyOrdinal
                ? AuditIndexEntry.Read(rows, 3, 4, keyOrdinal, column)
                : AuditIndexEntry.Read(rows, 3, 4, column);
        }

        var signature = signed && !rows.IsDBNull(8) ? AuditChainVerifier.ReadSignature(rows, sequence, 5) : null;
        return new StoredRow(sequence, body, hash, index, signature);
    }
}
