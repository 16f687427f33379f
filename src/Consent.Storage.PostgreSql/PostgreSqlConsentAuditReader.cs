using System.Data;
using System.Data.Common;
using Consent.Auditing;
using Npgsql;

namespace Consent.Storage.PostgreSql;

/// <summary>
/// Reads a PostgreSQL audit schema for auditors, in repeatable-read snapshots so that appends by running sites do not
/// disturb a pass. It only reads; grant the auditor's role <c>SELECT</c> alone.
/// </summary>
public sealed class PostgreSqlConsentAuditReader : RelationalConsentAuditReader
{
    internal PostgreSqlConsentAuditReader(NpgsqlConnection connection, string description)
        : base(connection, description)
    {
    }

    /// <inheritdoc />
    protected override AuditTimeColumn TimeColumn => AuditTimeColumn.PostgreSqlTimestamp;

    /// <summary>Connects to the audit schema named by the connection string (<c>Search Path=…</c>, default <c>public</c>).</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The reader; dispose it to close the connection.</returns>
    /// <exception cref="ConsentAuditStoreUnavailableException">The connection string is not valid.</exception>
    public static async Task<PostgreSqlConsentAuditReader> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ConsentAuditStoreUnavailableException($"The PostgreSQL connection string is not valid: {e.Message}", e);
        }

        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return new PostgreSqlConsentAuditReader(connection, Describe(builder));
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override object TimeValue(DateTimeOffset time) => time.UtcDateTime;

    /// <inheritdoc />
    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new DateTimeOffset(reader.GetDateTime(ordinal), TimeSpan.Zero);
    }

    /// <inheritdoc />
    protected override string SignaturesTableExists => "SELECT 1 WHERE to_regclass('consent_signatures') IS NOT NULL;";

    /// <inheritdoc />
    protected override string SubmissionKeyColumnExists =>
        "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'consent_events' AND column_name = 'submission_key';";

    /// <inheritdoc />
    protected override async Task<DbTransaction?> BeginSnapshotAsync(CancellationToken cancellationToken) =>
        await Connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

    internal static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} (schema {builder.SearchPath ?? "public"})";
}
