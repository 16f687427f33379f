using Consent.Auditing;
using Npgsql;

namespace Consent.Storage.PostgreSql;

/// <summary>Signed-in users' latest decisions, shared by every instance.</summary>
internal sealed class PostgreSqlConsentPreferenceStore : IConsentPreferenceStore
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlConsentPreferenceStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public async ValueTask<ConsentPreference?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(ConsentSql.FindPreference);
        ConsentSql.Add(command, "user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ConsentSql.ReadPreference(reader) : null;
    }

    public async ValueTask SaveAsync(string userId, ConsentPreference preference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preference);
        await using var command = _dataSource.CreateCommand(ConsentSql.SavePreference);
        ConsentSql.AddPreference(command, userId, preference);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
