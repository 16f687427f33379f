using System.Data.Common;

namespace Consent.Auditing;

/// <summary>
/// A database reader that can lend the bytes of a column of its current row without allocating an array for them.
/// <see cref="AuditChainVerifier.AddRowsAsync"/> copies every body and hash it reads into a reused buffer; from a
/// <see cref="DbDataReader"/> that implements this interface it copies them straight from the reader's memory, and
/// from any other it reads them with <see cref="DbDataReader.GetFieldValue{T}(int)"/> as <c>byte[]</c>.
/// </summary>
public interface IColumnBytesReader
{
    /// <summary>Gets the bytes of a column of the current row, exactly as <c>GetFieldValue&lt;byte[]&gt;(ordinal)</c> would give them.</summary>
    /// <param name="ordinal">The column.</param>
    /// <returns>The bytes, valid until the reader reads this column again or moves to another row.</returns>
    /// <exception cref="InvalidOperationException">The value is NULL.</exception>
    ReadOnlySpan<byte> GetColumnBytes(int ordinal);
}
