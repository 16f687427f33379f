namespace Consent.Auditing;

/// <summary>Where a column's bytes are in a <see cref="StoredRowBatch"/>'s buffer, or that the column was NULL.</summary>
/// <param name="Start">The offset of the first byte.</param>
/// <param name="Length">The number of bytes, or -1 for NULL.</param>
internal readonly record struct ByteRange(int Start, int Length)
{
    /// <summary>Gets the range of a NULL column.</summary>
    public static ByteRange Null { get; } = new(0, -1);

    /// <summary>Gets whether the column was NULL.</summary>
    public bool IsNull => Length < 0;
}
