using System.Collections.Concurrent;
using System.Data.Common;
using System.Threading.Channels;

namespace Consent.Auditing;

/// <summary>Feeding the verifier from a database query.</summary>
public sealed partial class AuditChainVerifier
{
    /// <summary>
    /// Verifies every row of a query that returns, in sequence order, the sequence number (column 0), the canonical
    /// bytes or NULL when purged (column 1) and the stored hash (column 2).
    /// </summary>
    /// <param name="rows">The open reader.</param>
    /// <param name="checkpoint">An exported checkpoint to check against, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    public static Task<AuditChainVerification> VerifyAsync(DbDataReader rows, AuditCheckpoint? checkpoint, CancellationToken cancellationToken) =>
        VerifyAsync(rows, checkpoint, null, cancellationToken);

    /// <summary>
    /// Verifies every row of a query as <see cref="VerifyAsync(DbDataReader, AuditCheckpoint?, CancellationToken)"/> does,
    /// and reports how many rows were read every 10,000 rows, so that a long pass can show progress.
    /// </summary>
    /// <param name="rows">The open reader.</param>
    /// <param name="checkpoint">An exported checkpoint to check against, or <see langword="null"/>.</param>
    /// <param name="progress">Receives the number of rows read so far, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    public static Task<AuditChainVerification> VerifyAsync(DbDataReader rows, AuditCheckpoint? checkpoint, IProgress<long>? progress, CancellationToken cancellationToken) =>
        VerifyRowsAsync(rows, null, checkpoint, progress, cancellationToken);

    /// <summary>
    /// Verifies every row as <see cref="VerifyAsync(DbDataReader, AuditCheckpoint?, IProgress{long}?, CancellationToken)"/>
    /// does, where each row also has the unhashed look-up columns <c>consent_id</c> (column 3) and <c>occurred_at</c>
    /// (column 4), and checks them against the body of every event that still has one.
    /// </summary>
    /// <param name="rows">The open reader.</param>
    /// <param name="timeColumn">How the store keeps <c>occurred_at</c>.</param>
    /// <param name="checkpoint">An exported checkpoint to check against, or <see langword="null"/>.</param>
    /// <param name="progress">Receives the number of rows read so far, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    public static Task<AuditChainVerification> VerifyAsync(DbDataReader rows, AuditTimeColumn timeColumn, AuditCheckpoint? checkpoint, IProgress<long>? progress, CancellationToken cancellationToken) =>
        VerifyRowsAsync(rows, timeColumn, checkpoint, progress, cancellationToken);

    private static Task<AuditChainVerification> VerifyRowsAsync(DbDataReader rows, AuditTimeColumn? timeColumn, AuditCheckpoint? checkpoint, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return VerifyAndCompleteAsync(new AuditChainVerifier(checkpoint), rows, timeColumn, progress, cancellationToken);
    }

    /// <summary>
    /// Feeds this verifier every row of a query (columns as <see cref="VerifyAsync(DbDataReader, AuditTimeColumn, AuditCheckpoint?, IProgress{long}?, CancellationToken)"/>,
    /// the look-up columns only when <paramref name="timeColumn"/> is given). When the query has nine or ten
    /// columns, columns 5 to 8 are the signature anchored at the row's event, or NULL: the head hash, the time of
    /// signing, the key id and the signature (<c>consent_signatures</c> joined on <c>seq</c>). A last column after
    /// those (column 5 unsigned, 9 signed) is the look-up column <c>submission_key</c>, checked with the others.
    /// Archived texts (<see cref="AddArchivedText"/>) must be added before, signatures stored beyond the last event after.
    /// </summary>
    /// <param name="rows">The open reader.</param>
    /// <param name="timeColumn">How the store keeps <c>occurred_at</c>, or <see langword="null"/> to leave the look-up columns unchecked.</param>
    /// <param name="progress">Receives the number of rows read so far, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the rows are read or a bad event was found; then call <see cref="Complete"/>.</returns>
    public async Task AddRowsAsync(DbDataReader rows, AuditTimeColumn? timeColumn, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // Reading a row (the database) and checking it (SHA-256, parsing) are both CPU work; one task reads while
        // this one checks, a few batches apart, so a pass costs about the larger of the two rather than their sum.
        var batches = Channel.CreateBounded<StoredRowBatch>(new BoundedChannelOptions(PipelineBatches)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        // Checked batches go back to the reading task, so that a pass allocates a few batches and their buffers instead
        // of arrays for every row (StoredRowBatch). A batch is handed back only once every row of it has been checked.
        var spare = new ConcurrentQueue<StoredRowBatch>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadRowsAsync(rows, timeColumn, progress, batches.Writer, spare, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!AddBatch(batch))
                {
                    break;
                }

                batch.Clear();
                spare.Enqueue(batch);
            }
        }
        finally
        {
            // After a bad event, or when this side throws, the reader stops at its next row.
            await stop.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }
    }

    // On the quiet machine 256 rows × 8 batches and 1,024 × 4 verified a million events in the same time
    // (docs/benchmarks.md); batches and their buffers are reused, so their size matters little.
    private const int PipelineBatches = 4;
    private const int BatchRows = 512;

    private bool AddBatch(StoredRowBatch batch)
    {
        foreach (ref readonly var row in batch.Rows)
        {
            var hash = batch.Bytes(row.Hash);
            var ok = row.Body.IsNull
                ? AddPurged(row.Sequence, hash)
                : row.Index is { } index
                    ? Add(row.Sequence, batch.Bytes(row.Body), hash, index)
                    : Add(row.Sequence, batch.Bytes(row.Body), hash);
            if (ok && row.Signature is { } signature)
            {
                ok = AddSignature(signature);
            }

            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    // Never throws: a failure to read completes the channel with it, and the checking side rethrows it from there.
    private static async Task ReadRowsAsync(DbDataReader rows, AuditTimeColumn? timeColumn, IProgress<long>? progress, ChannelWriter<StoredRowBatch> batches, ConcurrentQueue<StoredRowBatch> spare, CancellationToken stop)
    {
        Exception? error = null;
        try
        {
            var signed = rows.FieldCount >= 9;
            var batch = new StoredRowBatch(BatchRows);
            var read = 0L;
            while (await rows.ReadAsync(stop).ConfigureAwait(false))
            {
                if (++read % 10_000 == 0)
                {
                    progress?.Report(read);
                }

                batch.Add(rows, timeColumn, signed);
                if (batch.IsFull)
                {
                    await batches.WriteAsync(batch, stop).ConfigureAwait(false);
                    batch = spare.TryDequeue(out var checkedBatch) ? checkedBatch : new StoredRowBatch(BatchRows);
                }
            }

            if (batch.Count > 0)
            {
                await batches.WriteAsync(batch, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The checking side stopped reading: nothing to report.
        }
        catch (Exception e)
        {
            error = e;
        }
        finally
        {
            batches.TryComplete(error);
        }
    }

    private static async Task<AuditChainVerification> VerifyAndCompleteAsync(AuditChainVerifier verifier, DbDataReader rows, AuditTimeColumn? timeColumn, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await verifier.AddRowsAsync(rows, timeColumn, progress, cancellationToken).ConfigureAwait(false);
        return verifier.Complete();
    }

    /// <summary>Reads a signature from four columns: head hash, time of signing, key id, signature.</summary>
    /// <param name="row">The reader, on a row.</param>
    /// <param name="count">The count the signature covers (its <c>seq</c>).</param>
    /// <param name="first">The ordinal of the head hash column.</param>
    /// <returns>The signature; values of the wrong type read as empty, which never verifies.</returns>
    public static AuditSignature ReadSignature(DbDataReader row, long count, int first)
    {
        ArgumentNullException.ThrowIfNull(row);
        var head = row.IsDBNull(first) || row.GetFieldType(first) != typeof(byte[]) ? [] : row.GetFieldValue<byte[]>(first);
        var signedAt = row.IsDBNull(first + 1) || row.GetFieldType(first + 1) != typeof(string) ? string.Empty : row.GetString(first + 1);
        var keyId = row.IsDBNull(first + 2) || row.GetFieldType(first + 2) != typeof(string) ? string.Empty : row.GetString(first + 2);
        var value = row.IsDBNull(first + 3) || row.GetFieldType(first + 3) != typeof(byte[]) ? [] : row.GetFieldValue<byte[]>(first + 3);
        return new AuditSignature(count, Convert.ToHexStringLower(head), signedAt, keyId, value);
    }
}
