using Consent.Auditing;
using Consent.AspNetCore;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Storage.Tests.Storage;

/// <summary>A fresh SQLite file per test class.</summary>
public sealed class SqliteStore : StoreUnderTest
{
    private readonly string _directory = Directory.CreateTempSubdirectory("consent-sqlite-").FullName;

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={Path.Combine(_directory, "consent.db")}";

    public override void Register(IConsentAuditBuilder builder) => builder.AddSqliteAuditLog(ConnectionString);

    public override async Task ExecuteAsync(string sql, object? parameter = null)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@p", parameter ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
