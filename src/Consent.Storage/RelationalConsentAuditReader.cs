using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Consent.Abstractions;
using Consent.Auditing;

namespace Consent.Storage;

/// <summary>
/// The read path of the SQL audit stores over one open connection: the SQL is <see cref="ConsentSql"/>'s, shared by
/// both dialects; a store supplies only how it keeps <c>occurred_at</c> and how it takes a snapshot. Every event
/// found through the unhashed look-up columns is checked against them (<see cref="AuditIndexEntry"/>).
/// </summary>
public abstract class RelationalConsentAuditReader : IConsentAuditReader
{
    /// <summary>Creates a reader that owns the connection.</summary>
    /// <param name="connection">An open connection to the store.</param>
    /// <param name="description">A description of the store without secrets, such as <c>SQLite consent.db</c>.</param>
    protected RelationalConsentAuditReader(DbConnection connection, string description)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        Description = description;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Gets the connection the reader owns.</summary>
    protected DbConnection Connection { get; }

    /// <summary>Gets how the store keeps <c>occurred_at</c>.</summary>
    protected abstract AuditTimeColumn TimeColumn { get; }

    /// <inheritdoc />
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(ConsentSql.Head);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetInt64(0) : 0;
    }

    /// <inheritdoc />
    public async Task<AuditChainVerification> VerifyAsync(AuditVerificationOptions options, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var verifier = new AuditChainVerifier(options.Checkpoint, options.PublicKeys);

        // Texts, events and signatures from one snapshot, so that a site appending meanwhile cannot make them disagree.
        var snapshot = await BeginSnapshotAsync(cancellationToken).ConfigureAwait(false);
        await using (snapshot)
        {
            await using (var texts = Command(ConsentSql.TextsToVerify, snapshot))
            await using (var rows = await texts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    verifier.AddArchivedText(rows.GetString(0), rows.GetString(1));
                }
            }

            var signed = await ExistsAsync(SignaturesTableExists, snapshot, cancellationToken).ConfigureAwait(false);
            var keyed = await ExistsAsync(SubmissionKeyColumnExists, snapshot, cancellationToken).ConfigureAwait(false);
            var query = (signed, keyed) switch
            {
                (true, true) => ConsentSql.AllEventsSignedWithSubmissionKey,
                (true, false) => ConsentSql.AllEventsSigned,
                (false, true) => ConsentSql.AllEventsWithSubmissionKey,
                (false, false) => ConsentSql.AllEvents,
            };
            await AddEventRowsAsync(verifier, query, snapshot, progress, cancellationToken).ConfigureAwait(false);

            if (signed && !verifier.HasFailed)
            {
                await using var beyond = Command(ConsentSql.SignatureBeyondEnd, snapshot);
                await using var rows = await beyond.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    verifier.AddSignature(AuditChainVerifier.ReadSignature(rows, rows.GetInt64(0), 1));
                }
            }
        }

        return verifier.Complete();
    }

    /// <summary>
    /// Runs the query of every event (<see cref="ConsentSql.AllEvents"/> or one of its signed and keyed variants)
    /// in the snapshot and feeds its rows to the verifier (<see cref="AuditChainVerifier.AddRowsAsync"/>). A store may
    /// read the rows its own faster way, as long as every value reads as its connection's own reader gives it.
    /// </summary>
    /// <param name="verifier">The verifier, its archived texts already added.</param>
    /// <param name="sql">The query.</param>
    /// <param name="snapshot">The snapshot's transaction, or <see langword="null"/>.</param>
    /// <param name="progress">Receives the number of rows read so far, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the rows are read or a bad event was found.</returns>
    protected virtual async Task AddEventRowsAsync(AuditChainVerifier verifier, string sql, DbTransaction? snapshot, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        await using var events = Command(sql, snapshot);
        await using var rows = await events.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await verifier.AddRowsAsync(rows, TimeColumn, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StoredConsentEvent> ReadAsync(DateTimeOffset? since, DateTimeOffset? before, bool checkIndexColumns, CancellationToken cancellationToken)
    {
        // Without bounds every event is read by sequence, so that a rewritten occurred_at cannot leave one out.
        if (since is null && before is null)
        {
            return StreamAsync(Command(ConsentSql.AllEvents), checkIndexColumns, cancellationToken);
        }

        var command = Command(ConsentSql.EventsBetween);
        ConsentSql.Add(command, "from", TimeValue(since ?? DateTimeOffset.UnixEpoch));
        ConsentSql.Add(command, "to", TimeValue(before ?? DateTimeOffset.MaxValue));
        return StreamAsync(command, checkIndexColumns, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StoredConsentEvent> HistoryAsync(ConsentId consentId, CancellationToken cancellationToken)
    {
        var command = Command(ConsentSql.EventsOfConsentId);
        ConsentSql.Add(command, "id", consentId.ToString());
        return StreamAsync(command, checkIndexColumns: true, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ArchivedConsentText> TextsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(ConsentSql.ArchivedTexts);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new ArchivedConsentText(reader.GetString(0), reader.GetString(1), reader.GetString(2), ReadTime(reader, 3));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Converts a time into the store's representation of <c>occurred_at</c>.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The parameter value.</returns>
    protected abstract object TimeValue(DateTimeOffset time);

    /// <summary>Reads a time column in the store's representation.</summary>
    /// <param name="reader">The row.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The time.</returns>
    protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Gets the SQL that returns one row when the store has the <c>consent_signatures</c> table (logs created before it have none).</summary>
    protected abstract string SignaturesTableExists { get; }

    /// <summary>Gets the SQL that returns one row when <c>consent_events</c> has the <c>submission_key</c> column (schema v3; logs created before it have none).</summary>
    protected abstract string SubmissionKeyColumnExists { get; }

    /// <summary>Starts a read transaction that gives one snapshot, or returns <see langword="null"/> when a single statement already does.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The transaction, or <see langword="null"/>.</returns>
    protected abstract Task<DbTransaction?> BeginSnapshotAsync(CancellationToken cancellationToken);

    private async IAsyncEnumerable<StoredConsentEvent> StreamAsync(DbCommand command, bool checkIndexColumns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return Read(reader, checkIndexColumns);
            }
        }
    }

    private StoredConsentEvent Read(DbDataReader row, bool checkIndexColumns)
    {
        StoredConsentEvent stored;
        try
        {
            stored = ConsentSql.ReadEvent(row);
        }
        catch (FormatException e)
        {
            var sequence = row.GetInt64(0);
            throw new ConsentAuditTamperedException(sequence, string.Create(CultureInfo.InvariantCulture,
                $"Event {sequence} cannot be read ({e.Message}); run `consent-audit verify`."), e);
        }

        // A purged event has nothing left to check its columns against.
        if (checkIndexColumns && stored.Event is { } recorded
            && AuditIndexEntry.Read(row, 3, 4, TimeColumn).FindMismatch(recorded.ConsentId, recorded.OccurredAt) is { } mismatch)
        {
            throw new ConsentAuditTamperedException(stored.Sequence, string.Create(CultureInfo.InvariantCulture,
                $"Event {stored.Sequence} was found through rewritten look-up columns: {mismatch}. This result cannot be trusted; run `consent-audit verify`."));
        }

        return stored;
    }

    private async Task<bool> ExistsAsync(string sql, DbTransaction? snapshot, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, snapshot);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await rows.ReadAsync(cancellationToken).ConfigureAwait(false);
    }

    private DbCommand Command(string sql, DbTransaction? transaction = null)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
