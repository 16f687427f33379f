using Consent.AspNetCore;

namespace Consent.Storage.Sqlite;

/// <summary>Signed-in users' latest decisions; a later decision replaces an earlier one, never the reverse.</summary>
internal sealed class SqliteConsentPreferenceStore : IConsentPreferenceStore
{
    private readonly SqliteConnectionFactory _connections;

    public SqliteConsentPreferenceStore(SqliteConnectionFactory connections) => _connections = connections;

    public async ValueTask<ConsentPreference?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT consent_id, categories, policy_revision, decided_at, gpc, method FROM consent_preferences WHERE user_id = $user;";
        command.Parameters.AddWithValue("$user", userId);
        using var reader = command.ExecuteReader();
        if (!reader.Read() || !ConsentId.TryParse(reader.GetString(0), out var consentId))
        {
            return null;
        }

        return new ConsentPreference(
            consentId,
            reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            reader.GetString(2),
            DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(3)),
            reader.GetInt64(4) != 0,
            (ConsentMethod)reader.GetInt32(5));
    }

    public async ValueTask SaveAsync(string userId, ConsentPreference preference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preference);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO consent_preferences (user_id, consent_id, categories, policy_revision, decided_at, gpc, method)
            VALUES ($user, $id, $categories, $revision, $at, $gpc, $method)
            ON CONFLICT (user_id) DO UPDATE SET consent_id = excluded.consent_id, categories = excluded.categories,
                policy_revision = excluded.policy_revision, decided_at = excluded.decided_at, gpc = excluded.gpc, method = excluded.method
            WHERE excluded.decided_at >= consent_preferences.decided_at;
            """;
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$id", preference.ConsentId.ToString());
        command.Parameters.AddWithValue("$categories", string.Join(' ', preference.GrantedCategories));
        command.Parameters.AddWithValue("$revision", preference.PolicyRevision);
        command.Parameters.AddWithValue("$at", preference.DecidedAt.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$gpc", preference.GlobalPrivacyControl ? 1 : 0);
        command.Parameters.AddWithValue("$method", (int)preference.Method);
        command.ExecuteNonQuery();
    }
}
