using System.Collections;
using System.Data.Common;

namespace Consent.Auditing.Tests.Chain;

/// <summary>
/// A forward-only reader over (seq, body, hash) rows that counts how far it was read and can fail at a given row, as
/// a database connection lost in the middle of a pass would.
/// </summary>
internal sealed class ListRowsReader(IReadOnlyList<(long Sequence, byte[]? Body, byte[] Hash)> rows, int failAtRow = -1) : DbDataReader
{
    private int _position = -1;

    public int RowsRead => _position + 1;

    public override int FieldCount => 3;

    public override bool HasRows => rows.Count > 0;

    public override bool IsClosed => false;

    public override int RecordsAffected => -1;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        if (_position + 1 == failAtRow)
        {
            throw new InvalidOperationException($"The connection was lost at row {failAtRow}.");
        }

        return ++_position < rows.Count;
    }

    public override bool NextResult() => false;

    public override long GetInt64(int ordinal) => ordinal == 0 ? rows[_position].Sequence : throw new InvalidCastException();

    public override T GetFieldValue<T>(int ordinal) => (T)GetValue(ordinal);

    public override object GetValue(int ordinal) => ordinal switch
    {
        0 => rows[_position].Sequence,
        1 => (object?)rows[_position].Body ?? DBNull.Value,
        2 => rows[_position].Hash,
        _ => throw new ArgumentOutOfRangeException(nameof(ordinal)),
    };

    public override bool IsDBNull(int ordinal) => GetValue(ordinal) is DBNull;

    public override Type GetFieldType(int ordinal) => ordinal == 0 ? typeof(long) : typeof(byte[]);

    public override string GetName(int ordinal) => ordinal switch { 0 => "seq", 1 => "body", _ => "hash" };

    public override int GetOrdinal(string name) => name switch { "seq" => 0, "body" => 1, _ => 2 };

    public override string GetDataTypeName(int ordinal) => GetFieldType(ordinal).Name;

    public override int GetValues(object[] values) => throw new NotSupportedException();

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    public override bool GetBoolean(int ordinal) => throw new NotSupportedException();

    public override byte GetByte(int ordinal) => throw new NotSupportedException();

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => throw new NotSupportedException();

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException();

    public override decimal GetDecimal(int ordinal) => throw new NotSupportedException();

    public override double GetDouble(int ordinal) => throw new NotSupportedException();

    public override float GetFloat(int ordinal) => throw new NotSupportedException();

    public override Guid GetGuid(int ordinal) => throw new NotSupportedException();

    public override short GetInt16(int ordinal) => throw new NotSupportedException();

    public override int GetInt32(int ordinal) => throw new NotSupportedException();

    public override string GetString(int ordinal) => throw new NotSupportedException();
}
