using System.Collections;
using System.Data.Common;
using Consent.Auditing;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Consent.Storage.Sqlite;

/// <summary>
/// A forward-only reader over one statement stepped through SQLite itself, on the connection's handle (and so inside
/// its open transaction), for the verification pass over every event. <see cref="SqliteDataReader"/> costs about
/// 0.35 s of CPU more per million rows for the same columns (docs/benchmarks.md), and that reading is the longer side
/// of <see cref="Consent.Auditing.AuditChainVerifier.AddRowsAsync"/>'s pipeline. Values read as
/// <see cref="SqliteDataReader"/> reads them: the stored type decides (not the declared one), reading a NULL
/// throws <see cref="InvalidOperationException"/>, and a NULL's field type is the column's last or declared one.
/// </summary>
internal sealed class SqliteStatementReader : DbDataReader, IColumnBytesReader
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly Type?[] _lastTypes;
    private readonly int[] _storedTypes;
    private bool _done;

    private SqliteStatementReader(sqlite3 database, sqlite3_stmt statement)
    {
        _database = database;
        _statement = statement;
        FieldCount = raw.sqlite3_column_count(statement);
        _lastTypes = new Type?[FieldCount];
        _storedTypes = new int[FieldCount];
        Array.Fill(_storedTypes, UnknownType);
    }

    /// <inheritdoc />
    public override int FieldCount { get; }

    /// <inheritdoc />
    public override bool HasRows => throw new NotSupportedException("A statement reader only reads forward.");

    /// <inheritdoc />
    public override bool IsClosed => _statement.IsInvalid;

    /// <inheritdoc />
    public override int RecordsAffected => -1;

    /// <inheritdoc />
    public override int Depth => 0;

    /// <inheritdoc />
    public override object this[int ordinal] => GetValue(ordinal);

    /// <inheritdoc />
    public override object this[string name] => GetValue(GetOrdinal(name));

    /// <summary>Prepares one statement on an open connection.</summary>
    /// <param name="connection">The open connection; its transaction, if any, covers the statement.</param>
    /// <param name="sql">One SQL statement.</param>
    /// <returns>The reader, before its first row.</returns>
    public static SqliteStatementReader Prepare(SqliteConnection connection, string sql)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(database, sql, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, database);
        }

        return new SqliteStatementReader(database, statement ?? throw new ArgumentException("The text holds no SQL statement.", nameof(sql)));
    }

    /// <inheritdoc />
    public override bool Read()
    {
        if (_done)
        {
            return false;
        }

        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            Array.Fill(_storedTypes, UnknownType);
            return true;
        }

        _done = true;
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _database);
        }

        return false;
    }

    /// <inheritdoc />
    public override bool NextResult() => false;

    /// <inheritdoc />
    public override bool IsDBNull(int ordinal) => StoredType(ordinal) == raw.SQLITE_NULL;

    /// <inheritdoc />
    public override Type GetFieldType(int ordinal)
    {
        var type = StoredType(ordinal) switch
        {
            raw.SQLITE_INTEGER => typeof(long),
            raw.SQLITE_FLOAT => typeof(double),
            raw.SQLITE_TEXT => typeof(string),
            raw.SQLITE_BLOB => typeof(byte[]),
            _ => null,
        };

        // SQLite has no type for a NULL: SqliteDataReader gives the type last seen in the column, else the declared one.
        if (type is null)
        {
            return _lastTypes[ordinal] ?? DeclaredType(raw.sqlite3_column_decltype(_statement, ordinal).utf8_to_string());
        }

        _lastTypes[ordinal] = type;
        return type;
    }

    /// <inheritdoc />
    public override long GetInt64(int ordinal) => raw.sqlite3_column_int64(_statement, Converting(ordinal));

    /// <inheritdoc />
    public override string GetString(int ordinal) => raw.sqlite3_column_text(_statement, Converting(ordinal)).utf8_to_string();

    /// <inheritdoc />
    public ReadOnlySpan<byte> GetColumnBytes(int ordinal) => raw.sqlite3_column_blob(_statement, Converting(ordinal));

    /// <inheritdoc />
    public override T GetFieldValue<T>(int ordinal)
    {
        if (typeof(T) == typeof(byte[]))
        {
            return (T)(object)GetColumnBytes(ordinal).ToArray();
        }

        if (typeof(T) == typeof(string))
        {
            return (T)(object)GetString(ordinal);
        }

        return typeof(T) == typeof(long) ? (T)(object)GetInt64(ordinal) : (T)GetValue(ordinal);
    }

    /// <inheritdoc />
    public override object GetValue(int ordinal) => StoredType(ordinal) switch
    {
        raw.SQLITE_INTEGER => GetInt64(ordinal),
        raw.SQLITE_FLOAT => GetDouble(ordinal),
        raw.SQLITE_TEXT => GetString(ordinal),
        raw.SQLITE_BLOB => GetFieldValue<byte[]>(ordinal),
        _ => DBNull.Value,
    };

    /// <inheritdoc />
    public override int GetValues(object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    /// <inheritdoc />
    public override double GetDouble(int ordinal) => raw.sqlite3_column_double(_statement, Converting(ordinal));

    /// <inheritdoc />
    public override string GetName(int ordinal) => raw.sqlite3_column_name(_statement, ordinal).utf8_to_string();

    /// <inheritdoc />
    public override int GetOrdinal(string name)
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (string.Equals(GetName(i), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "No column has this name.");
    }

    /// <inheritdoc />
    public override string GetDataTypeName(int ordinal) => raw.sqlite3_column_decltype(_statement, ordinal).utf8_to_string() ?? string.Empty;

    /// <inheritdoc />
    public override IEnumerator GetEnumerator() => throw new NotSupportedException(Unsupported);

    /// <inheritdoc />
    public override bool GetBoolean(int ordinal) => GetInt64(ordinal) != 0;

    /// <inheritdoc />
    public override byte GetByte(int ordinal) => checked((byte)GetInt64(ordinal));

    /// <inheritdoc />
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException(Unsupported);

    /// <inheritdoc />
    public override char GetChar(int ordinal) => throw new NotSupportedException(Unsupported);

    /// <inheritdoc />
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException(Unsupported);

    /// <inheritdoc />
    public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException(Unsupported);

    /// <inheritdoc />
    public override decimal GetDecimal(int ordinal) => throw new NotSupportedException(Unsupported);

    /// <inheritdoc />
    public override float GetFloat(int ordinal) => (float)GetDouble(ordinal);

    /// <inheritdoc />
    public override Guid GetGuid(int ordinal) => throw new NotSupportedException(Unsupported);

    /// <inheritdoc />
    public override short GetInt16(int ordinal) => checked((short)GetInt64(ordinal));

    /// <inheritdoc />
    public override int GetInt32(int ordinal) => checked((int)GetInt64(ordinal));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _statement.Dispose();
        }

        base.Dispose(disposing);
    }

    private const string Unsupported = "The verification pass reads integers, text and blobs only.";

    // SQLite's rules for a declared type's affinity (datatype3.html, section 3.1), as SqliteDataReader maps them.
    private static Type DeclaredType(string? declared)
    {
        var type = declared?.ToUpperInvariant() ?? string.Empty;
        if (type.Contains("INT", StringComparison.Ordinal))
        {
            return typeof(long);
        }

        if (type.Contains("CHAR", StringComparison.Ordinal) || type.Contains("CLOB", StringComparison.Ordinal) || type.Contains("TEXT", StringComparison.Ordinal))
        {
            return typeof(string);
        }

        if (type.Length == 0 || type.Contains("BLOB", StringComparison.Ordinal))
        {
            return typeof(byte[]);
        }

        return type.Contains("REAL", StringComparison.Ordinal) || type.Contains("FLOA", StringComparison.Ordinal) || type.Contains("DOUB", StringComparison.Ordinal)
            ? typeof(double)
            : typeof(string);
    }

    private const int UnknownType = -1;

    // The verifier asks a column's type several times before it reads the value (IsDBNull, GetFieldType, the value's
    // own check), and each ask is a call into SQLite: the answer is kept until the value is read, since reading it as
    // another type converts it in place and SQLite then reports the new type (as SqliteDataReader, asking anew, sees).
    private int StoredType(int ordinal)
    {
        if ((uint)ordinal >= (uint)FieldCount)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal));
        }

        var type = _storedTypes[ordinal];
        return type != UnknownType ? type : _storedTypes[ordinal] = raw.sqlite3_column_type(_statement, ordinal);
    }

    private int Converting(int ordinal)
    {
        if (StoredType(ordinal) == raw.SQLITE_NULL)
        {
            throw new InvalidOperationException($"The value of column {ordinal} is NULL.");
        }

        _storedTypes[ordinal] = UnknownType;
        return ordinal;
    }
}
