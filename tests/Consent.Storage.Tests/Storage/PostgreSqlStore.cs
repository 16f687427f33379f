using Consent.Auditing;
using Consent.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Consent.Storage.Tests.Storage;

/// <summary>A fresh PostgreSQL schema per test class, selected through the connection string's search path.</summary>
public sealed class PostgreSqlStore : StoreUnderTest
{
    private readonly string _schema = "consent_test_" + Guid.NewGuid().ToString("N");

    public override string Provider => "PostgreSql";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(PostgreSqlServer.ConnectionString) { SearchPath = _schema }.ToString();

    public override void Register(IConsentAuditBuilder builder) => builder.AddPostgreSqlAuditLog(ConnectionString);

    public override async Task ExecuteAsync(string sql, object? parameter = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema};", connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgreSqlServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE;", connection);
        await command.ExecuteNonQueryAsync();
    }
}
