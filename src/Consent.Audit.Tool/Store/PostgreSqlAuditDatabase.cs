using System.Data;
using System.Data.Common;
using Consent.AspNetCore;
using Npgsql;

namespace Consent.Audit.Tool.Store;

/// <summary>A PostgreSQL audit schema, read in repeatable-read snapshots so that appends by running sites do not disturb a pass.</summary>
internal sealed class PostgreSqlAuditDatabase : AuditDatabase
{
    private PostgreSqlAuditDatabase(NpgsqlConnection connection, string description)
        : base(connection, description)
    {
    }

    public static async Task<AuditDatabase> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new AuditToolException(ExitCodes.StoreUnreadable, $"The PostgreSQL connection string is not valid: {e.Message}", e);
        }

        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return new PostgreSqlAuditDatabase(connection, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} (schema {builder.SearchPath ?? "public"})");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override AuditTimeColumn TimeColumn => AuditTimeColumn.PostgreSqlTimestamp;

    protected override object TimeValue(DateTimeOffset time) => time.UtcDateTime;

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => new(reader.GetDateTime(ordinal), TimeSpan.Zero);

    protected override async Task<DbTransaction?> BeginSnapshotAsync(CancellationToken cancellationToken) =>
        await Connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
}
