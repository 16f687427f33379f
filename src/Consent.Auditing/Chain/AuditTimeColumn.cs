namespace Consent.Auditing;

/// <summary>
/// How a store keeps an event's time in its unhashed <c>occurred_at</c> look-up column. The column is coarser than
/// the time in the hashed body (7 fraction digits), so verification needs to know the store's own rounding to tell it
/// from a rewritten column.
/// </summary>
public enum AuditTimeColumn
{
    /// <summary>An integer of Unix milliseconds, the body's time with the digits below the millisecond dropped (SQLite).</summary>
    UnixMilliseconds = 1,

    /// <summary>
    /// A <c>timestamptz</c> read as a UTC <see cref="DateTime"/>: the body's time with the digit below the microsecond
    /// dropped, towards 2000-01-01 (PostgreSQL's epoch), as Npgsql writes it.
    /// </summary>
    PostgreSqlTimestamp = 2,
}
