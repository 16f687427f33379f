using System.Data.Common;
using Consent.AspNetCore;
using Microsoft.Data.Sqlite;

namespace Consent.Audit.Tool.Store;

/// <summary>A SQLite audit file opened read-only: the tool never creates, migrates or writes the evidence.</summary>
internal sealed class SqliteAuditDatabase : AuditDatabase
{
    private SqliteAuditDatabase(SqliteConnection connection, string path)
        : base(connection, "SQLite " + path)
    {
    }

    public static async Task<AuditDatabase> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new AuditToolException(ExitCodes.StoreUnreadable, $"No SQLite audit log at '{path}': the file does not exist.");
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,

            // A writer that holds the file longer than this is reported as "locked" rather than waited for.
            DefaultTimeout = 5,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 5000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return new SqliteAuditDatabase(connection, path);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override AuditTimeColumn TimeColumn => AuditTimeColumn.UnixMilliseconds;

    protected override object TimeValue(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    protected override Task<DbTransaction?> BeginSnapshotAsync(CancellationToken cancellationToken) => Task.FromResult<DbTransaction?>(null);
}
