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
    private readonly NpgsqlDataSource _dataSource;
    private readonly ConsentAuditSigner _signer;

    public PostgreSqlConsentAuditStore(NpgsqlDataSource dataSource, ConsentAuditSigner signer)
    {
        _dataSource = dataSource;
        _signer = signer;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => PostgreSqlSchema.MigrateAsync(_dataSource, cancellationToken);

    public async Task AppendBatchAsync(IReadOnlyList<ConsentAuditRecord> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // One round trip: take the chain lock, then read the head. Under read committed the head query runs after the
        // lock is granted, so it sees every batch another instance committed before releasing the lock.
        var (sequence, previous) = await ReadHeadAsync(connection, transaction, cancellationToken, LockChain).ConfigureAwait(false);
        var seqs = new long[batch.Count];
        var times = new DateTime[batch.Count];
        var ids = new string[batch.Count];
        var bodies = new byte[batch.Count][];
        var hashes = new byte[batch.Count][];
        for (var i = 0; i < batch.Count; i++)
        {
            previous = AuditChain.Next(previous, batch[i].Bytes);
            seqs[i] = ++sequence;
            times[i] = batch[i].Event.OccurredAt.UtcDateTime;
            ids[i] = batch[i].Event.ConsentId.ToString();
            bodies[i] = batch[i].Bytes;
            hashes[i] = previous;
        }

        await using (var insert = new NpgsqlCommand(
            "INSERT INTO consent_events (seq, occurred_at, consent_id, body, hash) SELECT * FROM unnest(@seqs, @times, @ids, @bodies, @hashes);",
            connection,
            transaction))
        {
            insert.Parameters.AddWithValue("seqs", NpgsqlDbType.Array | NpgsqlDbType.Bigint, seqs);
            insert.Parameters.AddWithValue("times", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, times);
            insert.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, ids);
            insert.Parameters.AddWithValue("bodies", NpgsqlDbType.Array | NpgsqlDbType.Bytea, bodies);
            insert.Parameters.AddWithValue("hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea, hashes);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The batch's head is signed in its own transaction: the events and the signature that covers them commit together.
        if (batch.Count > 0 && _signer.SignHead(sequence, previous) is { } signature)
        {
            await using var sign = new NpgsqlCommand(ConsentSql.InsertSignature, connection, transaction);
            ConsentSql.AddSignature(sign, signature);
            await sign.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
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

    private static async Task<(long Sequence, byte[] Hash)> ReadHeadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken, string prefix = "")
    {
        await using var head = new NpgsqlCommand(prefix + ConsentSql.Head, connection, transaction);
        await using var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (prefix.Length > 0)
        {
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }

        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (reader.GetInt64(0), (byte[])reader[1])
            : (0, new byte[AuditChain.HashLength]);
    }
}
