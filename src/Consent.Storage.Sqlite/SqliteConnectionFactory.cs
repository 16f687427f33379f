using Consent.Auditing;
using Microsoft.Data.Sqlite;

namespace Consent.Storage.Sqlite;

/// <summary>Opens connections to the audit file with the durability settings every writer needs, and migrates the schema once.</summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly Lock _migration = new();
    private readonly SqliteOpenMode _mode;
    private volatile bool _migrated;

    public SqliteConnectionFactory(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        _mode = builder.Mode;
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

    /// <summary>
    /// Creates the file's folder and the schema once. A file that cannot be opened fails here, at startup, with one
    /// sentence that names it and says what to do.
    /// </summary>
    /// <exception cref="ConsentAuditStoreUnavailableException">The folder or the file cannot be created or opened.</exception>
    public Task MigrateAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_migration)
        {
            if (!_migrated)
            {
                try
                {
                    CreateDirectory();
                    using var connection = Open();
                    SqliteSchema.Migrate(connection);
                }
                catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
                {
                    throw new ConsentAuditStoreUnavailableException(
                        $"The SQLite audit log \"{FullPath}\" cannot be opened ({exception.Message.TrimEnd('.')}): let the site's process create and write that file and its folder, or pass AddSqliteAuditLog a Data Source it can write.",
                        exception);
                }

                _migrated = true;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Gets the full path of the file, as the messages name it.</summary>
    private string FullPath => IsFile ? Path.GetFullPath(DataSource) : DataSource;

    // An in-memory database or a URI names no folder to create.
    private bool IsFile =>
        DataSource.Length > 0
        && !string.Equals(DataSource, ":memory:", StringComparison.OrdinalIgnoreCase)
        && !DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
        && _mode != SqliteOpenMode.Memory;

    private void CreateDirectory()
    {
        if (IsFile && Path.GetDirectoryName(Path.GetFullPath(DataSource)) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }
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
