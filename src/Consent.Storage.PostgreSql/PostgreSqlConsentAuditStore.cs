using System.Data;
using Consent.Auditing;
using Npgsql;
using NpgsqlTypes;

namespace Consent.Storage.PostgreSql;

/// <summary>
/// The hash-chained event log in PostgreSQL, shared by every instance of a farm: each batch takes a transaction-level
/// advisory lock and reads the chain head inside it, so the instances extend one linear chain.
/// </summary>
internal sealed class PostgreSqlConsentAuditStore : IConsentAuditStore
{
    private const string LockChain = "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.consent_events'));";
    private const string FindSubmissionKeys = "SELECT submission_key, body FROM consent_events WHERE submission_key = ANY(@keys) AND body IS NOT NULL;";
    private readonly NpgsqlDataSource _dataSource;
    private readonly ConsentAuditSigner _signer;

    public PostgreSqlConsentAuditStore(NpgsqlDataSource dataSource, ConsentAuditSigner signer)
    {
        _dataSource = dataSource;
        _signer = signer;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => PostgreSqlSchema.MigrateAsync(_dataSource, cancellationToken);

    public async Task<IReadOnlyList<ConsentAuditAppendResult>> AppendBatchAsync(IReadOnlyList<ConsentAuditRecord> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Read committed whatever the database's or role's default: each statement after the lock must take its
        // snapshot once the lock is granted (under repeatable read the lock statement's snapshot would be kept).
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

        // One round trip: take the chain lock, read the head, and find the batch's submission keys already stored.
        var (sequence, previous, stored) = await LockAndReadAsync(connection, transaction, batch, cancellationToken).ConfigureAwait(false);
        var results = ConsentSql.CheckSubmissionKeys(batch, key => stored.GetValueOrDefault(key));
        var count = results.Count(result => !result.IsAlreadyRecorded);
        var seqs = new long[count];
        var times = new DateTime[count];
        var ids = new string[count];
        var bodies = new byte[count][];
        var hashes = new byte[count][];
        var keys = new string?[count];
        for (int i = 0, row = 0; i < batch.Count; i++)
        {
            if (results[i].IsAlreadyRecorded)
            {
                continue;
            }

            previous = AuditChain.Next(previous, batch[i].Bytes);
            seqs[row] = ++sequence;
            times[row] = batch[i].Event.OccurredAt.UtcDateTime;
            ids[row] = batch[i].Event.ConsentId.ToString();
            bodies[row] = batch[i].Bytes;
            hashes[row] = previous;
            keys[row++] = batch[i].Event.SubmissionKey;
        }

        await using (var insert = new NpgsqlCommand(
            "INSERT INTO consent_events (seq, occurred_at, consent_id, body, hash, submission_key) SELECT * FROM unnest(@seqs, @times, @ids, @bodies, @hashes, @keys);",
            connection,
            transaction))
        {
            insert.Parameters.AddWithValue("seqs", NpgsqlDbType.Array | NpgsqlDbType.Bigint, seqs);
            insert.Parameters.AddWithValue("times", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, times);
            insert.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, ids);
            insert.Parameters.AddWithValue("bodies", NpgsqlDbType.Array | NpgsqlDbType.Bytea, bodies);
            insert.Parameters.AddWithValue("hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea, hashes);
            insert.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, keys);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The batch's head is signed in its own transaction: the events and the signature that covers them commit together.
        if (count > 0 && _signer.SignHead(sequence, previous) is { } signature)
        {
            await using var sign = new NpgsqlCommand(ConsentSql.InsertSignature, connection, transaction);
            ConsentSql.AddSignature(sign, signature);
            await sign.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    public async Task<IReadOnlyList<StoredConsentEvent>> ReadAsync(long fromSequence, int count, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(ConsentSql.ReadEvents);
        ConsentSql.Add(command, "from", fromSequence);
        ConsentSql.Add(command, "count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<StoredConsentEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(ConsentSql.ReadEvent(reader));
        }

        return events;
    }

    public async Task<AuditChainVerification> VerifyAsync(AuditCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        // One snapshot for the whole pass, even while other instances append.
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = new PostgreSqlConsentAuditReader(connection, PostgreSqlConsentAuditReader.Describe(new NpgsqlConnectionStringBuilder(_dataSource.ConnectionString)));
        return await reader.VerifyAsync(new AuditVerificationOptions(checkpoint, _signer.PublicKeys), null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AuditCheckpoint> GetCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var (count, head) = await ReadHeadAsync(connection, null, cancellationToken).ConfigureAwait(false);
        return new AuditCheckpoint(count, Convert.ToHexStringLower(head));
    }

    public async Task<long> PurgeBodiesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(ConsentSql.PurgeBodies);
        ConsentSql.Add(command, "cutoff", olderThan.UtcDateTime);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // The statements run in order in the one transaction. Under read committed each takes its snapshot when it starts,
    // that is once the lock is granted, so the head and the keys include every batch another instance committed before
    // releasing the lock: a retry that another instance recorded a moment ago is found here, not appended again.
    // The lock is held until commit, so every round trip inside it lengthens the section all instances take in turn.
    private static async Task<(long Sequence, byte[] Hash, Dictionary<string, ConsentEvent> Stored)> LockAndReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ConsentAuditRecord> batch, CancellationToken cancellationToken)
    {
        HashSet<string>? wanted = null;
        foreach (var record in batch)
        {
            if (record.Event.SubmissionKey is { } key)
            {
                (wanted ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }

        await using var command = new NpgsqlCommand(wanted is null ? LockChain + ConsentSql.Head : LockChain + ConsentSql.Head + FindSubmissionKeys, connection, transaction);
        if (wanted is not null)
        {
            command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, wanted.ToArray());
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var (sequence, hash) = await ReadHeadRowAsync(reader, cancellationToken).ConfigureAwait(false);
        var stored = new Dictionary<string, ConsentEvent>(StringComparer.Ordinal);
        if (wanted is not null && await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored[reader.GetString(0)] = ConsentEventEncoding.Decode((byte[])reader[1]);
            }
        }

        return (sequence, hash, stored);
    }

    private static async Task<(long Sequence, byte[] Hash)> ReadHeadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var head = new NpgsqlCommand(ConsentSql.Head, connection, transaction);
        await using var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await ReadHeadRowAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    // The result of ConsentSql.Head: the last event's sequence and hash, or the genesis of an empty log.
    private static async Task<(long Sequence, byte[] Hash)> ReadHeadRowAsync(NpgsqlDataReader reader, CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (reader.GetInt64(0), (byte[])reader[1])
            : (0, new byte[AuditChain.HashLength]);
}
