using Consent.Auditing;

namespace Consent.Storage.Sqlite;

/// <summary>Signed-in users' latest decisions in the audit file.</summary>
internal sealed class SqliteConsentPreferenceStore : IConsentPreferenceStore
{
    private readonly SqliteConnectionFactory _connections;

    public SqliteConsentPreferenceStore(SqliteConnectionFactory connections) => _connections = connections;

    public async ValueTask<ConsentPreference?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = ConsentSql.FindPreference;
        ConsentSql.Add(command, "user", userId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ConsentSql.ReadPreference(reader) : null;
    }

    public async ValueTask SaveAsync(string userId, ConsentPreference preference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preference);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = ConsentSql.SavePreference;
        ConsentSql.AddPreference(command, userId, preference);
        command.ExecuteNonQuery();
    }
}
