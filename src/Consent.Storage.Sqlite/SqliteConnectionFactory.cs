using Microsoft.Data.Sqlite;

namespace Consent.Storage.Sqlite;

/// <summary>Opens connections to the audit file with the durability settings every writer needs, and migrates the schema once.</summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly Lock _migration = new();
    private volatile bool _migrated;

    public SqliteConnectionFactory(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>Gets the path of the file.</summary>
    public string DataSource { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return Open();
    }

    public Task MigrateAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_migration)
        {
            if (!_migrated)
            {
                using var connection = Open();
                SqliteSchema.Migrate(connection);
                _migrated = true;
            }
        }

        return Task.CompletedTask;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();

        // FULL: a commit is on disk before POST /consent answers, even if the machine loses power afterwards.
        pragmas.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
        pragmas.ExecuteNonQuery();
        return connection;
    }
}
