using Consent.AspNetCore;
using Npgsql;
using NpgsqlTypes;

namespace Consent.Storage.PostgreSql;

/// <summary>
/// The hash-chained event log in PostgreSQL, shared by every instance of a farm: each batch takes a transaction-level
/// advisory lock and reads the chain head inside it, so the instances extend one linear chain.
/// </summary>
internal sealed class PostgreSqlConsentAuditStore : IConsentAuditStore
{
    private const string HeadQuery = "SELECT seq, hash FROM consent_events ORDER BY seq DESC LIMIT 1;";
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlConsentAuditStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public Task InitializeAsync(CancellationToken cancellationToken) => PostgreSqlSchema.MigrateAsync(_dataSource, cancellationToken);

    public async Task AppendBatchAsync(IReadOnlyList<ConsentAuditRecord> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.consent_events'));", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Read committed: after the lock, this sees every batch another instance committed before releasing it.
        var (sequence, previous) = await ReadHeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
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

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredConsentEvent>> ReadAsync(long fromSequence, int count, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT seq, body, hash FROM consent_events WHERE seq >= @from ORDER BY seq LIMIT @count;");
        command.Parameters.AddWithValue("from", fromSequence);
        command.Parameters.AddWithValue("count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<StoredConsentEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var stored = reader.IsDBNull(1) ? null : ConsentEventEncoding.Decode((byte[])reader[1]);
            events.Add(new StoredConsentEvent(reader.GetInt64(0), stored, Convert.ToHexStringLower((byte[])reader[2])));
        }

        return events;
    }

    public async Task<AuditChainVerification> VerifyAsync(AuditCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot for the whole pass, even while other instances append.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT seq, body, hash FROM consent_events ORDER BY seq;", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await AuditChainVerifier.VerifyAsync(reader, checkpoint, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AuditCheckpoint> GetCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var (count, head) = await ReadHeadAsync(connection, null, cancellationToken).ConfigureAwait(false);
        return new AuditCheckpoint(count, Convert.ToHexStringLower(head));
    }

    public async Task<long> PurgeBodiesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        // Only a prefix of the chain loses its bodies, so the verifier can tell retention from deletion.
        await using var command = _dataSource.CreateCommand("""
            UPDATE consent_events SET body = NULL
            WHERE body IS NOT NULL
              AND seq < COALESCE((SELECT MIN(seq) FROM consent_events WHERE occurred_at >= @cutoff), 9223372036854775807);
            """);
        command.Parameters.AddWithValue("cutoff", olderThan.UtcDateTime);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(long Sequence, byte[] Hash)> ReadHeadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var head = new NpgsqlCommand(HeadQuery, connection, transaction);
        await using var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (reader.GetInt64(0), (byte[])reader[1])
            : (0, new byte[AuditChain.HashLength]);
    }
}
