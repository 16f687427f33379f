using Consent.Abstractions;
using Consent.Auditing;
using Npgsql;

namespace Consent.Storage.PostgreSql;

/// <summary>Every distinct banner text, once, by its hash (COMPLIANCE R4).</summary>
internal sealed class PostgreSqlConsentTextArchive : IConsentTextArchive
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgreSqlConsentTextArchive(NpgsqlDataSource dataSource, TimeProvider time)
    {
        _dataSource = dataSource;
        _time = time;
    }

    public async ValueTask<string> ArchiveAsync(string language, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        var hash = ConsentTextHash.Compute(text);
        await using var command = _dataSource.CreateCommand("INSERT INTO consent_texts (hash, language, text, first_seen) VALUES (@hash, @language, @text, @seen) ON CONFLICT (hash) DO NOTHING;");
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("language", language);
        command.Parameters.AddWithValue("text", text);
        command.Parameters.AddWithValue("seen", _time.GetUtcNow().UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return hash;
    }

    public async ValueTask<ArchivedConsentText?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT language, text, first_seen FROM consent_texts WHERE hash = @hash;");
        command.Parameters.AddWithValue("hash", hash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new ArchivedConsentText(hash, reader.GetString(0), reader.GetString(1), new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero))
            : null;
    }
}
