using System.Data.Common;

namespace Consent.Auditing;

/// <summary>
/// A batch of rows on its way from the reading task to the checking one (<see cref="AuditChainVerifier.AddRowsAsync"/>),
/// with one buffer for all their bytes. Batches are reused, so a pass allocates a few buffers rather than an array per
/// body and hash: those arrays lived for the few batches in flight, long enough to be promoted out of the youngest
/// generation, and the collections that promoted them cost about a tenth of a pass (docs/benchmarks.md).
/// </summary>
internal sealed class StoredRowBatch
{
    // Room for typical events (about 350 bytes of body and hash); a batch with larger rows grows its buffer once.
    private const int BytesPerRow = 512;

    // A batch is handed over once its rows hold this many bytes, so that a buffer stays far below the largest array
    // however large a tampered row's values are (a database value reaches about 1 GB), and a buffer grown past it
    // is not kept for the rest of the pass.
    private const int MaximumBytes = 4 * 1024 * 1024;

    private readonly StoredRow[] _rows;
    private byte[] _bytes;
    private int _used;

    /// <summary>Creates an empty batch.</summary>
    /// <param name="capacity">The number of rows it holds when full.</param>
    public StoredRowBatch(int capacity)
    {
        _rows = new StoredRow[capacity];
        _bytes = new byte[capacity * BytesPerRow];
    }

    /// <summary>Gets the number of rows in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>Gets whether the batch is to be handed over: it holds as many rows as it can, or 4 MB of their bytes.</summary>
    public bool IsFull => Count == _rows.Length || _used >= MaximumBytes;

    /// <summary>Gets the rows.</summary>
    public ReadOnlySpan<StoredRow> Rows => _rows.AsSpan(0, Count);

    /// <summary>Gets the bytes of a column of one of the rows.</summary>
    /// <param name="range">The column's range, not NULL.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> Bytes(ByteRange range) => _bytes.AsSpan(range.Start, range.Length);

    /// <summary>Copies the reader's current row (columns as <see cref="AuditChainVerifier.AddRowsAsync"/> describes).</summary>
    /// <param name="rows">The reader, on a row.</param>
    /// <param name="timeColumn">How the store keeps <c>occurred_at</c>, or <see langword="null"/> to leave the look-up columns unread.</param>
    /// <param name="signed">Whether the query has the signature columns.</param>
    public void Add(DbDataReader rows, AuditTimeColumn? timeColumn, bool signed)
    {
        var sequence = rows.GetInt64(0);

        var hash = Copy(rows, 2);
        var body = rows.IsDBNull(1) ? ByteRange.Null : Copy(rows, 1);
        AuditIndexEntry? index = null;
        if (!body.IsNull && timeColumn is { } column)
        {
            // Logs created before the submission key have no such column; their events have no key either.
            var keyOrdinal = signed ? 9 : 5;
            index = rows.FieldCount > keyOrdinal
                ? AuditIndexEntry.Read(rows, 3, 4, keyOrdinal, column)
                : AuditIndexEntry.Read(rows, 3, 4, column);
        }

        var signature = signed && !rows.IsDBNull(8) ? AuditChainVerifier.ReadSignature(rows, sequence, 5) : null;
        _rows[Count++] = new StoredRow(sequence, body, hash, index, signature);
    }

    /// <summary>Empties the batch for reuse, letting go of what its rows referenced.</summary>
    public void Clear()
    {
        Array.Clear(_rows, 0, Count);
        Count = 0;
        _used = 0;
        if (_bytes.Length > MaximumBytes)
        {
            _bytes = new byte[_rows.Length * BytesPerRow];
        }
    }

    // GetFieldValue<byte[]> reads a value as the reader's own type rules say (SQLite gives a text value's bytes), and
    // in Microsoft.Data.Sqlite it is several times faster than GetBytes; the array it allocates is dropped at once, so
    // it dies young. A reader that lends its bytes (the SQLite store's own) allocates nothing. Reading NULL throws.
    private ByteRange Copy(DbDataReader rows, int ordinal) => rows is IColumnBytesReader lender
        ? Copy(lender.GetColumnBytes(ordinal))
        : Copy(rows.GetFieldValue<byte[]>(ordinal));

    private ByteRange Copy(ReadOnlySpan<byte> value)
    {
        if (_bytes.Length - _used < value.Length)
        {
            // Below MaximumBytes before this value, so the sum fits an array for any value a database can hold.
            var needed = (long)_used + value.Length;
            Array.Resize(ref _bytes, (int)Math.Max(needed, Math.Min((long)_bytes.Length * 2, Array.MaxLength)));
        }

        value.CopyTo(_bytes.AsSpan(_used));
        var range = new ByteRange(_used, value.Length);
        _used += value.Length;
        return range;
    }
}
