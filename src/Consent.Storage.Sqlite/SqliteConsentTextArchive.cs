using Consent.Abstractions;
using Consent.Auditing;

namespace Consent.Storage.Sqlite;

/// <summary>Every distinct banner text, once, by its hash (COMPLIANCE R4).</summary>
internal sealed class SqliteConsentTextArchive : IConsentTextArchive
{
    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _time;

    public SqliteConsentTextArchive(SqliteConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
    }

    public async ValueTask<string> ArchiveAsync(string language, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        var hash = ConsentTextHash.Compute(text);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO consent_texts (hash, language, text, first_seen) VALUES ($hash, $language, $text, $seen) ON CONFLICT (hash) DO NOTHING;";
        command.Parameters.AddWithValue("$hash", hash);
        command.Parameters.AddWithValue("$language", language);
        command.Parameters.AddWithValue("$text", text);
        command.Parameters.AddWithValue("$seen", _time.GetUtcNow().ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
        return hash;
    }

    public async ValueTask<ArchivedConsentText?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT language, text, first_seen FROM consent_texts WHERE hash = $hash;";
        command.Parameters.AddWithValue("$hash", hash);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ArchivedConsentText(hash, reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)))
            : null;
    }
}
