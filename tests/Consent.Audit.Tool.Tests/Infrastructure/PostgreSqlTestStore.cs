using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL schema, selected through the connection string's search path. A missing server fails the test,
/// locally and in CI: a skipped PostgreSQL test would hide a broken PostgreSQL path of the tool.
/// </summary>
public sealed class PostgreSqlTestStore : TestStore
{
    private readonly string _schema = "consent_tool_" + Guid.NewGuid().ToString("N");

    private PostgreSqlTestStore()
    {
    }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("CONSENT_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "CONSENT_TEST_POSTGRES is not set, so the PostgreSQL tests cannot run. Run `bash .ci/postgres.sh`, export the connection string it prints, and run the tests again.");

    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = _schema }.ToString();

    public override string[] StoreArguments => ["--postgres", ConnectionString];

    public static async Task<PostgreSqlTestStore> CreateAsync()
    {
        var store = new PostgreSqlTestStore();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {store._schema};", connection);
        await command.ExecuteNonQueryAsync();
        return store;
    }

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override string Blob(ReadOnlySpan<byte> bytes) => $"'\\x{Convert.ToHexStringLower(bytes)}'::bytea";

    public override string TimeLiteral(DateTimeOffset time) =>
        $"'{AuditIndexEntry.ExpectedTime(time, AuditTimeColumn.PostgreSqlTimestamp).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture)}'::timestamptz";

    public override TimeSpan TimeColumnStep => TimeSpan.FromMicroseconds(1);

    public override Task MoveOccurredAtAsync(long sequence, TimeSpan by) =>
        ExecuteAsync(FormattableString.Invariant($"UPDATE consent_events SET occurred_at = occurred_at + interval '{by.Ticks / TimeSpan.TicksPerMicrosecond} microseconds' WHERE seq = {sequence};"));

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE;", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override void Register(IConsentAuditBuilder builder) => builder.AddPostgreSqlAuditLog(ConnectionString);
}
