using Consent.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Consent.Storage.Tests.Storage;

/// <summary>
/// The verification pass reads SQLite rows through <see cref="SqliteStatementReader"/> instead of
/// <see cref="SqliteDataReader"/>: a tampered file (a body stored as text, a look-up column as a blob, a NULL where the
/// schema forbids none) must read exactly as before, or the verdict could change.
/// </summary>
public sealed class SqliteStatementReaderTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteStatementReaderTests()
    {
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE mixed (b BLOB, t TEXT, i INTEGER, n NUMERIC, x);
            INSERT INTO mixed VALUES (x'00ff41', 'نص', 42, 7, x'');
            INSERT INTO mixed VALUES ('text in a blob column', 12, x'4142', 1.5, 'untyped');
            INSERT INTO mixed VALUES (-9223372036854775808, x'c3', 'not a number', 'abc', 2.25);
            INSERT INTO mixed VALUES (NULL, NULL, NULL, NULL, NULL);
            """;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    // NULLs last: their field type is the column's last one; first: its declared one (BLOB, TEXT, INTEGER, NUMERIC, none).
    [Theory]
    [InlineData("SELECT b, t, i, n, x FROM mixed ORDER BY rowid;")]
    [InlineData("SELECT b, t, i, n, x FROM mixed ORDER BY rowid DESC;")]
    public void EveryStoredTypeAndNull_ReadsAsSqliteDataReaderReadsIt(string query)
    {
        using var expected = Command(query).ExecuteReader();
        using var actual = SqliteStatementReader.Prepare(_connection, query);

        Assert.Equal(expected.FieldCount, actual.FieldCount);
        var rows = 0;
        while (expected.Read())
        {
            Assert.True(actual.Read());
            rows++;
            for (var i = 0; i < expected.FieldCount; i++)
            {
                var where = $"row {rows}, column {expected.GetName(i)}";
                Assert.Equal(expected.GetName(i), actual.GetName(i));
                Assert.Equal(expected.IsDBNull(i), actual.IsDBNull(i));
                Assert.True(expected.GetFieldType(i) == actual.GetFieldType(i), $"{where}: {actual.GetFieldType(i)} instead of {expected.GetFieldType(i)}");
                // The bytes the verifier copies without an array of their own (IColumnBytesReader), then as an array.
                Assert.Equal(Read(() => expected.GetFieldValue<byte[]>(i)), Read(() => actual.GetColumnBytes(i).ToArray()));
                Assert.Equal(Read(() => expected.GetFieldValue<byte[]>(i)), Read(() => actual.GetFieldValue<byte[]>(i)));
                Assert.Equal(Read(() => expected.GetString(i)), Read(() => actual.GetString(i)));
                Assert.Equal(Read(() => expected.GetInt64(i)), Read(() => actual.GetInt64(i)));
                Assert.Equal(Read(() => expected.GetValue(i)), Read(() => actual.GetValue(i)));
            }
        }

        Assert.Equal(4, rows);
        Assert.False(actual.Read());
        Assert.False(actual.Read());
    }

    [Fact]
    public void Prepare_BadSql_ThrowsSqliteException_AsTheConnectionsCommandDoes()
    {
        var error = Assert.Throws<SqliteException>(() => SqliteStatementReader.Prepare(_connection, "SELECT missing FROM nowhere;"));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InsideTheConnectionsTransaction_SeesItsUncommittedRows()
    {
        using var transaction = _connection.BeginTransaction();
        using (var insert = Command("INSERT INTO mixed (b) VALUES (x'01');"))
        {
            insert.Transaction = transaction;
            insert.ExecuteNonQuery();
        }

        using var rows = SqliteStatementReader.Prepare(_connection, "SELECT count(*) FROM mixed;");

        Assert.True(rows.Read());
        Assert.Equal(5, rows.GetInt64(0));
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    // A value, or the type of exception reading it throws: a NULL must fail the same way through both readers.
    private static object Read<T>(Func<T> read)
    {
        try
        {
            return read() is byte[] bytes ? Convert.ToHexString(bytes) : read()!;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException or FormatException or OverflowException)
        {
            return e.GetType();
        }
    }
}
