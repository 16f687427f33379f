using System.Data.Common;
using Consent.Auditing;
using Microsoft.Data.Sqlite;

namespace Consent.Storage.Sqlite;

/// <summary>
/// Reads a SQLite audit file for auditors. <see cref="OpenAsync"/> opens it read-only: it never creates, migrates or
/// writes the evidence.
/// </summary>
public sealed class SqliteConsentAuditReader : RelationalConsentAuditReader
{
    internal SqliteConsentAuditReader(SqliteConnection connection, string path)
        : base(connection, "SQLite " + path)
    {
    }

    /// <inheritdoc />
    protected override AuditTimeColumn TimeColumn => AuditTimeColumn.UnixMilliseconds;

    /// <summary>Opens an audit file read-only.</summary>
    /// <param name="path">The path of the SQLite file.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The reader; dispose it to close the file.</returns>
    /// <exception cref="ConsentAuditStoreUnavailableException">The file does not exist.</exception>
    public static async Task<SqliteConsentAuditReader> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new ConsentAuditStoreUnavailableException($"No SQLite audit log at '{path}': the file does not exist.");
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
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 5000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new SqliteConsentAuditReader(connection, path);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override object TimeValue(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    /// <inheritdoc />
    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
    }

    /// <inheritdoc />
    protected override async Task AddEventRowsAsync(AuditChainVerifier verifier, string sql, DbTransaction? snapshot, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verifier);

        // Stepped on the connection's own handle, so inside the snapshot's transaction (SqliteStatementReader).
        using var rows = SqliteStatementReader.Prepare((SqliteConnection)Connection, sql);
        await verifier.AddRowsAsync(rows, TimeColumn, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override string SignaturesTableExists => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'consent_signatures';";

    /// <inheritdoc />
    protected override string SubmissionKeyColumnExists => "SELECT 1 FROM pragma_table_info('consent_events') WHERE name = 'submission_key';";

    /// <inheritdoc />
    protected override Task<DbTransaction?> BeginSnapshotAsync(CancellationToken cancellationToken) =>

        // A deferred read transaction: in WAL mode its statements all see the database as of its first read.
        Task.FromResult<DbTransaction?>(((SqliteConnection)Connection).BeginTransaction(deferred: true));
}
