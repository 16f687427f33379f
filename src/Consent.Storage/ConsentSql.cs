using System.Data.Common;
using Consent.Abstractions;
using Consent.Auditing;

namespace Consent.Storage;

/// <summary>
/// The SQL and row mapping that SQLite and PostgreSQL share (both accept <c>@name</c> parameters and
/// <c>ON CONFLICT</c>): the stores and their readers use it; dialect-specific SQL stays in the store itself.
/// </summary>
public static class ConsentSql
{
    /// <summary>The last event's sequence number and hash: the chain head.</summary>
    public const string Head = "SELECT seq, hash FROM consent_events ORDER BY seq DESC LIMIT 1;";

    /// <summary>Up to <c>@count</c> events from sequence number <c>@from</c>: sequence, body, hash.</summary>
    public const string ReadEvents = "SELECT seq, body, hash FROM consent_events WHERE seq >= @from ORDER BY seq LIMIT @count;";

    // The unhashed look-up columns come last (3: consent_id, 4: occurred_at) so that they can be checked against the
    // body (AuditIndexEntry): a rewritten column would otherwise hide an event from a look-up unnoticed.
    /// <summary>Every event in sequence order: sequence, body, hash, then the look-up columns consent_id and occurred_at.</summary>
    public const string AllEvents = "SELECT seq, body, hash, consent_id, occurred_at FROM consent_events ORDER BY seq;";

    // The submission key (schema v3) is a look-up column too; it comes last so that the other ordinals stay as they were.
    /// <summary>Every event as <see cref="AllEvents"/>, then the look-up column submission_key.</summary>
    public const string AllEventsWithSubmissionKey = "SELECT seq, body, hash, consent_id, occurred_at, submission_key FROM consent_events ORDER BY seq;";

    /// <summary>Every event as <see cref="AllEventsSigned"/>, then the look-up column submission_key.</summary>
    public const string AllEventsSignedWithSubmissionKey = """
        SELECT e.seq, e.body, e.hash, e.consent_id, e.occurred_at, s.head, s.signed_at, s.key_id, s.signature, e.submission_key
        FROM consent_events e LEFT JOIN consent_signatures s ON s.seq = e.seq ORDER BY e.seq;
        """;

    // A signature is anchored at the event whose count it signs; most events have none (one signature per batch).
    /// <summary>
    /// Every event in sequence order, columns as <see cref="AllEvents"/>, then the signature stored for its count or
    /// NULLs: head, signed_at, key_id, signature.
    /// </summary>
    public const string AllEventsSigned = """
        SELECT e.seq, e.body, e.hash, e.consent_id, e.occurred_at, s.head, s.signed_at, s.key_id, s.signature
        FROM consent_events e LEFT JOIN consent_signatures s ON s.seq = e.seq ORDER BY e.seq;
        """;

    /// <summary>The first signature stored for a count beyond the last event (a sign of truncation): seq, head, signed_at, key_id, signature.</summary>
    public const string SignatureBeyondEnd = """
        SELECT seq, head, signed_at, key_id, signature FROM consent_signatures
        WHERE seq > (SELECT COALESCE(MAX(seq), 0) FROM consent_events) ORDER BY seq LIMIT 1;
        """;

    /// <summary>Stores a signed checkpoint (parameters @seq, @head, @at, @key, @signature).</summary>
    public const string InsertSignature = "INSERT INTO consent_signatures (seq, head, signed_at, key_id, signature) VALUES (@seq, @head, @at, @key, @signature);";

    // Purging a body clears its key with it (PurgeBodies), so a key found here always has its first event to answer from.
    /// <summary>The body of the event recorded with the submission key <c>@key</c>, if any.</summary>
    public const string FindSubmissionKey = "SELECT body FROM consent_events WHERE submission_key = @key AND body IS NOT NULL;";

    /// <summary>
    /// Gives each event of a batch its result: already recorded when its submission key is stored or carried by an
    /// earlier event of the batch, otherwise to be appended.
    /// </summary>
    /// <param name="batch">The batch, in order.</param>
    /// <param name="findStored">Finds the event stored with a key, inside the append transaction; <see langword="null"/> when none is.</param>
    /// <returns>One result per event, in batch order.</returns>
    public static ConsentAuditAppendResult[] CheckSubmissionKeys(IReadOnlyList<ConsentAuditRecord> batch, Func<string, ConsentEvent?> findStored)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(findStored);
        var results = new ConsentAuditAppendResult[batch.Count];
        Dictionary<string, ConsentEvent>? inBatch = null;
        for (var i = 0; i < batch.Count; i++)
        {
            results[i] = ConsentAuditAppendResult.Appended;
            if (batch[i].Event.SubmissionKey is not { } key)
            {
                continue;
            }

            inBatch ??= new Dictionary<string, ConsentEvent>(StringComparer.Ordinal);
            if (inBatch.TryGetValue(key, out var earlier) || (earlier = findStored(key)) is not null)
            {
                results[i] = ConsentAuditAppendResult.AlreadyRecorded(earlier);
                continue;
            }

            inBatch.Add(key, batch[i].Event);
        }

        return results;
    }

    /// <summary>Every archived text with its key, for verification: hash, text.</summary>
    public const string TextsToVerify = "SELECT hash, text FROM consent_texts;";

    /// <summary>Adds the parameters of <see cref="InsertSignature"/>.</summary>
    /// <param name="command">The command, in the append transaction.</param>
    /// <param name="signature">The signature.</param>
    public static void AddSignature(DbCommand command, AuditSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        Add(command, "seq", signature.Count);
        Add(command, "head", Convert.FromHexString(signature.HeadHash));
        Add(command, "at", signature.SignedAt);
        Add(command, "key", signature.KeyId);
        Add(command, "signature", signature.Value);
    }

    // @from and @to take the store's own time representation (SQLite: Unix milliseconds; PostgreSQL: timestamptz).
    /// <summary>The events with <c>@from &lt;= occurred_at &lt; @to</c>, columns as <see cref="AllEvents"/>.</summary>
    public const string EventsBetween = "SELECT seq, body, hash, consent_id, occurred_at FROM consent_events WHERE occurred_at >= @from AND occurred_at < @to ORDER BY seq;";

    /// <summary>The events of the consent ID <c>@id</c>, columns as <see cref="AllEvents"/>.</summary>
    public const string EventsOfConsentId = "SELECT seq, body, hash, consent_id, occurred_at FROM consent_events WHERE consent_id = @id ORDER BY seq;";

    /// <summary>Every archived banner text, oldest first: hash, language, text, first_seen.</summary>
    public const string ArchivedTexts = "SELECT hash, language, text, first_seen FROM consent_texts ORDER BY first_seen, hash;";

    // Only a prefix of the chain loses its bodies, so the verifier can tell retention from deletion.
    /// <summary>Removes the bodies of the events before the first one at or after <c>@cutoff</c>, keeping their hashes (COMPLIANCE R5).</summary>
    public const string PurgeBodies = """
        UPDATE consent_events SET body = NULL, submission_key = NULL
        WHERE body IS NOT NULL
          AND seq < COALESCE((SELECT MIN(seq) FROM consent_events WHERE occurred_at >= @cutoff), 9223372036854775807);
        """;

    /// <summary>The stored preference of the user <c>@user</c>.</summary>
    public const string FindPreference = "SELECT consent_id, categories, policy_revision, decided_at, gpc, method FROM consent_preferences WHERE user_id = @user;";

    // A later decision replaces an earlier one, never the reverse, whichever device or instance saves first.
    /// <summary>Stores a user's preference unless a later one is already stored (parameters as <see cref="AddPreference"/> adds them).</summary>
    public const string SavePreference = """
        INSERT INTO consent_preferences (user_id, consent_id, categories, policy_revision, decided_at, gpc, method)
        VALUES (@user, @id, @categories, @revision, @at, @gpc, @method)
        ON CONFLICT (user_id) DO UPDATE SET consent_id = excluded.consent_id, categories = excluded.categories,
            policy_revision = excluded.policy_revision, decided_at = excluded.decided_at, gpc = excluded.gpc, method = excluded.method
        WHERE excluded.decided_at >= consent_preferences.decided_at;
        """;

    /// <summary>Adds a named parameter.</summary>
    /// <param name="command">The command.</param>
    /// <param name="name">The parameter name, without <c>@</c>.</param>
    /// <param name="value">The value.</param>
    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Adds the parameters of <see cref="SavePreference"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="userId">The site's identifier of the user.</param>
    /// <param name="preference">The preference.</param>
    public static void AddPreference(DbCommand command, string userId, ConsentPreference preference)
    {
        Add(command, "user", userId);
        Add(command, "id", preference.ConsentId.ToString());
        Add(command, "categories", string.Join(' ', preference.GrantedCategories));
        Add(command, "revision", preference.PolicyRevision);
        Add(command, "at", preference.DecidedAt.ToUnixTimeSeconds());
        Add(command, "gpc", preference.GlobalPrivacyControl);
        Add(command, "method", (int)preference.Method);
    }

    /// <summary>Reads a row of <see cref="FindPreference"/>.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The preference, or <see langword="null"/> when its consent ID is not valid.</returns>
    public static ConsentPreference? ReadPreference(DbDataReader row) =>
        ConsentId.TryParse(row.GetString(0), out var consentId)
            ? new ConsentPreference(
                consentId,
                row.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                row.GetString(2),
                DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(3)),
                row.GetBoolean(4),
                (ConsentMethod)row.GetInt32(5))
            : null;

    /// <summary>Reads the first three columns of an event row; a purged event has no body.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The event.</returns>
    /// <exception cref="FormatException">The body is not a valid event.</exception>
    public static StoredConsentEvent ReadEvent(DbDataReader row) =>
        new(row.GetInt64(0), row.IsDBNull(1) ? null : ConsentEventEncoding.Decode((byte[])row[1]), Convert.ToHexStringLower((byte[])row[2]));
}
