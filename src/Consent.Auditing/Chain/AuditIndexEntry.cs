using System.Data.Common;
using System.Text;
using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>
/// What a stored event's unhashed look-up columns hold: <c>consent_id</c> and <c>occurred_at</c>. They are copies of
/// values inside the hashed body, kept so that a store can find a visitor's events or a date range by index. The chain
/// does not cover them, so they are checked against the body (<see cref="FindMismatch(Consent.Abstractions.ConsentId, DateTimeOffset)"/>): a rewritten column could
/// otherwise hide an event from a look-up, or file it under another visitor or date.
/// </summary>
/// <param name="ConsentId">The <c>consent_id</c> column, or <see langword="null"/> when it is NULL or not text.</param>
/// <param name="OccurredAt">The <c>occurred_at</c> column, or <see langword="null"/> when it is NULL or not a value of <paramref name="TimeColumn"/>.</param>
/// <param name="TimeColumn">How the store keeps <c>occurred_at</c>.</param>
public readonly record struct AuditIndexEntry(string? ConsentId, DateTimeOffset? OccurredAt, AuditTimeColumn TimeColumn)
{
    private const long PostgreSqlEpochTicks = 630_822_816_000_000_000;

    /// <summary>Reads the look-up columns of the current row.</summary>
    /// <param name="row">The reader, on a row.</param>
    /// <param name="consentIdOrdinal">The ordinal of <c>consent_id</c>.</param>
    /// <param name="occurredAtOrdinal">The ordinal of <c>occurred_at</c>.</param>
    /// <param name="timeColumn">How the store keeps <c>occurred_at</c>.</param>
    /// <returns>The entry; a value of the wrong type reads as <see langword="null"/>, which never matches a body.</returns>
    public static AuditIndexEntry Read(DbDataReader row, int consentIdOrdinal, int occurredAtOrdinal, AuditTimeColumn timeColumn)
    {
        ArgumentNullException.ThrowIfNull(row);

        // SQLite keeps whatever type a writer stored, whatever the declared column type; only the store's own type counts.
        var consentId = !row.IsDBNull(consentIdOrdinal) && row.GetFieldType(consentIdOrdinal) == typeof(string) ? row.GetString(consentIdOrdinal) : null;
        DateTimeOffset? occurredAt = null;
        if (!row.IsDBNull(occurredAtOrdinal))
        {
            var type = row.GetFieldType(occurredAtOrdinal);
            occurredAt = timeColumn switch
            {
                AuditTimeColumn.UnixMilliseconds when type == typeof(long) => ReadUnixMilliseconds(row.GetInt64(occurredAtOrdinal)),
                AuditTimeColumn.PostgreSqlTimestamp when type == typeof(DateTime) => ReadTimestamp(row, occurredAtOrdinal),
                _ => null,
            };
        }

        return new AuditIndexEntry(consentId, occurredAt, timeColumn);
    }

    /// <summary>Reads the look-up columns of the current row, <c>submission_key</c> included.</summary>
    /// <param name="row">The reader, on a row.</param>
    /// <param name="consentIdOrdinal">The ordinal of <c>consent_id</c>.</param>
    /// <param name="occurredAtOrdinal">The ordinal of <c>occurred_at</c>.</param>
    /// <param name="submissionKeyOrdinal">The ordinal of <c>submission_key</c>.</param>
    /// <param name="timeColumn">How the store keeps <c>occurred_at</c>.</param>
    /// <returns>The entry, with <see cref="ChecksSubmissionKey"/> set.</returns>
    public static AuditIndexEntry Read(DbDataReader row, int consentIdOrdinal, int occurredAtOrdinal, int submissionKeyOrdinal, AuditTimeColumn timeColumn)
    {
        var entry = Read(row, consentIdOrdinal, occurredAtOrdinal, timeColumn);

        // A value that is not text cannot be any key; it is kept as one no body holds.
        var key = row.IsDBNull(submissionKeyOrdinal) ? null
            : row.GetFieldType(submissionKeyOrdinal) == typeof(string) ? row.GetString(submissionKeyOrdinal) : "\u0000";
        return entry with { SubmissionKey = key, ChecksSubmissionKey = true };
    }

    /// <summary>
    /// Gets the <c>submission_key</c> column, or <see langword="null"/> when it is NULL. A retried submission is
    /// matched to its first event through this column, so it is checked against the body like the others.
    /// </summary>
    public string? SubmissionKey { get; init; }

    /// <summary>Gets whether <see cref="SubmissionKey"/> was read and is to be checked (logs created before it have no such column).</summary>
    public bool ChecksSubmissionKey { get; init; }

    /// <summary>Gets the value the store writes into <c>occurred_at</c> for an event of this time.</summary>
    /// <param name="occurredAt">The event's time, as its body records it.</param>
    /// <param name="timeColumn">How the store keeps <c>occurred_at</c>.</param>
    /// <returns>The time the column holds when it was not rewritten.</returns>
    public static DateTimeOffset ExpectedTime(DateTimeOffset occurredAt, AuditTimeColumn timeColumn) => timeColumn switch
    {
        AuditTimeColumn.UnixMilliseconds => DateTimeOffset.FromUnixTimeMilliseconds(occurredAt.ToUnixTimeMilliseconds()),

        // Integer division truncates towards zero, that is towards PostgreSQL's epoch, exactly as Npgsql encodes a DateTime.
        AuditTimeColumn.PostgreSqlTimestamp => new DateTimeOffset(
            PostgreSqlEpochTicks + ((occurredAt.UtcTicks - PostgreSqlEpochTicks) / TimeSpan.TicksPerMicrosecond * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero),
        _ => throw new ArgumentOutOfRangeException(nameof(timeColumn), timeColumn, "Unknown time column."),
    };

    /// <summary>Compares the columns with the consent ID and time recorded in the event's hashed body.</summary>
    /// <param name="consentId">The consent ID in the body.</param>
    /// <param name="occurredAt">The time in the body.</param>
    /// <returns>
    /// <see langword="null"/> when both columns hold what the store writes for this body; otherwise what differs, such
    /// as <c>its consent_id column reads … where its hashed body gives …</c>.
    /// </returns>
    public string? FindMismatch(ConsentId consentId, DateTimeOffset occurredAt)
    {
        Span<byte> recorded = stackalloc byte[Consent.Abstractions.ConsentId.ByteCount * 2];
        Encoding.ASCII.GetBytes(consentId.ToString(), recorded);
        return FindMismatch(recorded, occurredAt);
    }

    /// <summary>Compares the columns with the values in a body, the consent ID as the UTF-8 bytes of its field.</summary>
    /// <param name="consentId">The consent ID field of the body, compared as text: the store writes it unchanged.</param>
    /// <param name="occurredAt">The time in the body.</param>
    /// <param name="submissionKey">The submission key field of the body, empty for a body without one.</param>
    /// <returns>As <see cref="FindMismatch(Consent.Abstractions.ConsentId, DateTimeOffset)"/>, the submission key too when <see cref="ChecksSubmissionKey"/>.</returns>
    internal string? FindMismatch(ReadOnlySpan<byte> consentId, DateTimeOffset occurredAt, ReadOnlySpan<byte> submissionKey)
    {
        if (FindMismatch(consentId, occurredAt) is { } mismatch)
        {
            return mismatch;
        }

        // A consent-event/1 body has no key, and its column must be NULL; a consent-event/2 body's key is copied unchanged.
        if (ChecksSubmissionKey && (submissionKey.IsEmpty ? SubmissionKey is not null : SubmissionKey is null || !Ascii.Equals(submissionKey, SubmissionKey)))
        {
            return $"its submission_key column reads {Show(SubmissionKey)} where its hashed body gives {(submissionKey.IsEmpty ? "none" : Show(Encoding.UTF8.GetString(submissionKey)))}";
        }

        return null;
    }

    /// <summary>Compares the consent ID and time columns only.</summary>
    /// <param name="consentId">The consent ID field of the body.</param>
    /// <param name="occurredAt">The time in the body.</param>
    /// <returns>What differs, or <see langword="null"/>.</returns>
    internal string? FindMismatch(ReadOnlySpan<byte> consentId, DateTimeOffset occurredAt)
    {
        // Compared without decoding: verification runs this for every event of the log.
        if (ConsentId is null || !Ascii.Equals(consentId, ConsentId))
        {
            return $"its consent_id column reads {Show(ConsentId)} where its hashed body gives {Show(Encoding.UTF8.GetString(consentId))}";
        }

        var expectedTime = ExpectedTime(occurredAt, TimeColumn);
        if (OccurredAt != expectedTime)
        {
            // Show the store's rounding too, so that a reader does not take it for the difference.
            return expectedTime == occurredAt
                ? $"its occurred_at column reads {Show(OccurredAt)} where its hashed body gives {Show(expectedTime)}"
                : $"its occurred_at column reads {Show(OccurredAt)} where its hashed body gives {Show(occurredAt)}, stored as {Show(expectedTime)}";
        }

        return null;
    }

    private static DateTimeOffset? ReadUnixMilliseconds(long milliseconds) =>
        milliseconds >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : null;

    private static DateTimeOffset? ReadTimestamp(DbDataReader row, int ordinal)
    {
        try
        {
            return new DateTimeOffset(DateTime.SpecifyKind(row.GetDateTime(ordinal), DateTimeKind.Utc));
        }
        catch (InvalidCastException)
        {
            // A time outside DateTime's range (PostgreSQL reaches year 294276) cannot be any event's time.
            return null;
        }
    }

    // A rewritten column can hold anything; quoted and escaped as a CSV cell, it cannot break the one-line report (L4).
    private static string Show(string? consentId) => consentId is null
        ? "nothing (NULL or not text)"
        : ConsentEventCsv.Cell(consentId.Length > 64 ? consentId[..64] + "…" : consentId);

    private static string Show(DateTimeOffset? time) =>
        time is { } t ? UtcTimeText.Ticks(t) : "nothing (NULL or not a time)";
}
