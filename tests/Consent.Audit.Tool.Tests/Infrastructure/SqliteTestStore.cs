using Consent.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>A SQLite audit file in its own temporary directory.</summary>
public sealed class SqliteTestStore : TestStore
{
    private readonly string _directory = Directory.CreateTempSubdirectory("consent-audit-tool-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "consent.db");

    public override string[] StoreArguments => ["--sqlite", Path];

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override string Blob(ReadOnlySpan<byte> bytes) => $"X'{Convert.ToHexString(bytes)}'";

    public override string TimeLiteral(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override TimeSpan TimeColumnStep => TimeSpan.FromMilliseconds(1);

    public override Task MoveOccurredAtAsync(long sequence, TimeSpan by) =>
        ExecuteAsync(FormattableString.Invariant($"UPDATE consent_events SET occurred_at = occurred_at + {(long)by.TotalMilliseconds} WHERE seq = {sequence};"));

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    protected override void Register(IConsentAuditBuilder builder) => builder.AddSqliteAuditLog($"Data Source={Path}");
}
