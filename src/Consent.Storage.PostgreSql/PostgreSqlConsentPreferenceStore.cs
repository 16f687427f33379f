using Consent.AspNetCore;
using Npgsql;

namespace Consent.Storage.PostgreSql;

/// <summary>Signed-in users' latest decisions; a later decision replaces an earlier one, never the reverse.</summary>
internal sealed class PostgreSqlConsentPreferenceStore : IConsentPreferenceStore
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlConsentPreferenceStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public async ValueTask<ConsentPreference?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT consent_id, categories, policy_revision, decided_at, gpc, method FROM consent_preferences WHERE user_id = @user;");
        command.Parameters.AddWithValue("user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || !ConsentId.TryParse(reader.GetString(0), out var consentId))
        {
            return null;
        }

        return new ConsentPreference(
            consentId,
            reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            reader.GetString(2),
            DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(3)),
            reader.GetBoolean(4),
            (ConsentMethod)reader.GetInt32(5));
    }

    public async ValueTask SaveAsync(string userId, ConsentPreference preference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preference);
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO consent_preferences (user_id, consent_id, categories, policy_revision, decided_at, gpc, method)
            VALUES (@user, @id, @categories, @revision, @at, @gpc, @method)
            ON CONFLICT (user_id) DO UPDATE SET consent_id = excluded.consent_id, categories = excluded.categories,
                policy_revision = excluded.policy_revision, decided_at = excluded.decided_at, gpc = excluded.gpc, method = excluded.method
            WHERE excluded.decided_at >= consent_preferences.decided_at;
            """);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("id", preference.ConsentId.ToString());
        command.Parameters.AddWithValue("categories", string.Join(' ', preference.GrantedCategories));
        command.Parameters.AddWithValue("revision", preference.PolicyRevision);
        command.Parameters.AddWithValue("at", preference.DecidedAt.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("gpc", preference.GlobalPrivacyControl);
        command.Parameters.AddWithValue("method", (int)preference.Method);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
