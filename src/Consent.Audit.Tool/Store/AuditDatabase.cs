using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Consent.AspNetCore;
using Consent.Storage;

namespace Consent.Audit.Tool.Store;

/// <summary>
/// A read-only view of one audit store (SQLite file or PostgreSQL schema). Events are streamed row by row, never
/// collected, so that every verb runs in constant memory on millions of events. The SQL is the stores' own
/// (<see cref="ConsentSql"/>); only how a time is passed and read differs between the two. Every event found through
/// the unhashed look-up columns is checked against them (<see cref="AuditIndexEntry"/>), so that a rewritten column
/// cannot file an event under another visitor or date unnoticed; a look-up still cannot see an event whose column was
/// moved away from it, which only <see cref="VerifyAsync"/> proves.
/// </summary>
internal abstract class AuditDatabase : IAsyncDisposable
{
    protected AuditDatabase(DbConnection connection, string description)
    {
        Connection = connection;
        Description = description;
    }

    /// <summary>Gets a description of the store for reports, such as <c>SQLite consent.db</c>, without secrets.</summary>
    public string Description { get; }

    protected DbConnection Connection { get; }

    /// <summary>Gets the number of events (the sequence number of the last one).</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(ConsentSql.Head);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : 0;
    }

    /// <summary>Verifies the whole chain in one pass over one snapshot.</summary>
    public async Task<AuditChainVerification> VerifyAsync(AuditCheckpoint? checkpoint, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await using var snapshot = await BeginSnapshotAsync(cancellationToken);
        await using var command = Command(ConsentSql.AllEvents);
        command.Transaction = snapshot;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await AuditChainVerifier.VerifyAsync(reader, TimeColumn, checkpoint, progress, cancellationToken);
    }

    /// <summary>Streams the events that occurred in the range, in chain order; purged events have no body.</summary>
    /// <param name="range">The range; <see cref="DateRange.All"/> reads every event by sequence number.</param>
    /// <param name="checkIndexColumns">
    /// Whether an event whose look-up columns differ from its body stops the read (exit 2); <see langword="false"/>
    /// only where a failed verification is already reported.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public IAsyncEnumerable<StoredConsentEvent> ReadAsync(DateRange range, bool checkIndexColumns, CancellationToken cancellationToken)
    {
        // Without a range every event is read by sequence, so that a rewritten occurred_at cannot leave one out.
        if (range.IsAll)
        {
            return StreamAsync(Command(ConsentSql.AllEvents), checkIndexColumns, cancellationToken);
        }

        var command = Command(ConsentSql.EventsBetween);
        ConsentSql.Add(command, "from", TimeValue(range.From));
        ConsentSql.Add(command, "to", TimeValue(range.To));
        return StreamAsync(command, checkIndexColumns, cancellationToken);
    }

    /// <summary>Streams every event of one consent ID, in chain order.</summary>
    public IAsyncEnumerable<StoredConsentEvent> HistoryAsync(ConsentId consentId, CancellationToken cancellationToken)
    {
        var command = Command(ConsentSql.EventsOfConsentId);
        ConsentSql.Add(command, "id", consentId.ToString());
        return StreamAsync(command, checkIndexColumns: true, cancellationToken);
    }

    /// <summary>Reads every archived banner text, oldest first (COMPLIANCE R4).</summary>
    public async IAsyncEnumerable<ArchivedConsentText> TextsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(ConsentSql.ArchivedTexts);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ArchivedConsentText(reader.GetString(0), reader.GetString(1), reader.GetString(2), ReadTime(reader, 3));
        }
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    /// <summary>Gets how the store keeps <c>occurred_at</c>.</summary>
    protected abstract AuditTimeColumn TimeColumn { get; }

    /// <summary>Converts a time into the store's representation of <c>occurred_at</c>.</summary>
    protected abstract object TimeValue(DateTimeOffset time);

    /// <summary>Reads a time column in the store's representation.</summary>
    protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Starts a read transaction that gives one snapshot, or returns <see langword="null"/> when a single statement already does.</summary>
    protected abstract Task<DbTransaction?> BeginSnapshotAsync(CancellationToken cancellationToken);

    private async IAsyncEnumerable<StoredConsentEvent> StreamAsync(DbCommand command, bool checkIndexColumns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
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
            throw new AuditToolException(ExitCodes.Tampered, string.Create(CultureInfo.InvariantCulture,
                $"Event {row.GetInt64(0)} cannot be read ({e.Message}); run `consent-audit verify`."), e);
        }

        // A purged event has nothing left to check its columns against.
        if (checkIndexColumns && stored.Event is { } recorded
            && AuditIndexEntry.Read(row, 3, 4, TimeColumn).FindMismatch(recorded.ConsentId, recorded.OccurredAt) is { } mismatch)
        {
            throw new AuditToolException(ExitCodes.Tampered, string.Create(CultureInfo.InvariantCulture,
                $"Event {stored.Sequence} was found through rewritten look-up columns: {mismatch}. This result cannot be trusted; run `consent-audit verify`."));
        }

        return stored;
    }

    private DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
