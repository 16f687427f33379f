using Consent.Auditing;
using Microsoft.Data.Sqlite;

namespace Consent.Storage.Sqlite;

/// <summary>The hash-chained event log in one SQLite file. <c>BEGIN IMMEDIATE</c> serialises writers, even across processes.</summary>
internal sealed class SqliteConsentAuditStore : IConsentAuditStore
{
    private readonly SqliteConnectionFactory _connections;
    private readonly ConsentAuditSigner _signer;

    public SqliteConsentAuditStore(SqliteConnectionFactory connections, ConsentAuditSigner signer)
    {
        _connections = connections;
        _signer = signer;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => _connections.MigrateAsync(cancellationToken);

    public async Task<IReadOnlyList<ConsentAuditAppendResult>> AppendBatchAsync(IReadOnlyList<ConsentAuditRecord> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);

        // BEGIN IMMEDIATE takes the write lock first, so the key check and the insert see the same file.
        using var transaction = connection.BeginTransaction(deferred: false);
        var (sequence, previous) = ReadHead(connection, transaction);
        using var find = new SubmissionKeyFinder(connection, transaction);
        var results = ConsentSql.CheckSubmissionKeys(batch, find.Find);
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO consent_events (seq, occurred_at, consent_id, body, hash, submission_key) VALUES ($seq, $at, $id, $body, $hash, $key);";
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Blob);
        var hash = insert.Parameters.Add("$hash", SqliteType.Blob);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        insert.Prepare();
        var appended = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (results[i].IsAlreadyRecorded)
            {
                continue;
            }

            var record = batch[i];
            appended++;
            previous = AuditChain.Next(previous, record.Bytes);
            seq.Value = ++sequence;
            at.Value = record.Event.OccurredAt.ToUnixTimeMilliseconds();
            id.Value = record.Event.ConsentId.ToString();
            body.Value = record.Bytes;
            hash.Value = previous;
            key.Value = (object?)record.Event.SubmissionKey ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }

        // The batch's head is signed in its own transaction: the events and the signature that covers them commit together.
        if (appended > 0 && _signer.SignHead(sequence, previous) is { } signature)
        {
            using var sign = connection.CreateCommand();
            sign.Transaction = transaction;
            sign.CommandText = ConsentSql.InsertSignature;
            ConsentSql.AddSignature(sign, signature);
            sign.ExecuteNonQuery();
        }

        transaction.Commit();
        return results;
    }

    public async Task<IReadOnlyList<StoredConsentEvent>> ReadAsync(long fromSequence, int count, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = ConsentSql.ReadEvents;
        ConsentSql.Add(command, "from", fromSequence);
        ConsentSql.Add(command, "count", count);
        using var reader = command.ExecuteReader();
        var events = new List<StoredConsentEvent>();
        while (reader.Read())
        {
            events.Add(ConsentSql.ReadEvent(reader));
        }

        return events;
    }

    public async Task<AuditChainVerification> VerifyAsync(AuditCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        await using var reader = new SqliteConsentAuditReader(await _connections.OpenAsync(cancellationToken).ConfigureAwait(false), _connections.DataSource);
        return await reader.VerifyAsync(new AuditVerificationOptions(checkpoint, _signer.PublicKeys), null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AuditCheckpoint> GetCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (count, head) = ReadHead(connection, null);
        return new AuditCheckpoint(count, Convert.ToHexStringLower(head));
    }

    public async Task<long> PurgeBodiesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = ConsentSql.PurgeBodies;
        ConsentSql.Add(command, "cutoff", olderThan.ToUnixTimeMilliseconds());
        return command.ExecuteNonQuery();
    }

    private static (long Sequence, byte[] Hash) ReadHead(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var head = connection.CreateCommand();
        head.Transaction = transaction;
        head.CommandText = ConsentSql.Head;
        using var reader = head.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), (byte[])reader[1]) : (0, new byte[AuditChain.HashLength]);
    }
}
