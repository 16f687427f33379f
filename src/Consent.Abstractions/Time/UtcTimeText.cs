using System.Globalization;

namespace Consent.Abstractions;

/// <summary>
/// How every Consent package writes a time as text: ISO 8601 in UTC, in the invariant culture and so the Gregorian
/// calendar whatever the machine's culture (never Hijri through ar-SA). Two precisions, each for its own readers.
/// </summary>
public static class UtcTimeText
{
    /// <summary>
    /// The format to the second, such as <c>2026-11-26T12:00:00Z</c>: for times that people and API callers read
    /// (<c>GET /consent</c>, the audit tool's date ranges).
    /// </summary>
    public const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>
    /// The format to the tick (seven fractional digits), such as <c>2026-11-26T12:00:00.1234567Z</c>: for the audit
    /// record, whose text must give back the exact time it was made from (canonical bytes, exports, reports).
    /// </summary>
    public const string TicksFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Writes a time in <see cref="SecondsFormat"/>, dropping the fraction of a second.</summary>
    /// <param name="time">The time, in any offset.</param>
    /// <returns>The UTC time, such as <c>2026-11-26T12:00:00Z</c>.</returns>
    public static string Seconds(DateTimeOffset time) => time.UtcDateTime.ToString(SecondsFormat, CultureInfo.InvariantCulture);

    /// <summary>Writes a time in <see cref="TicksFormat"/>, exactly.</summary>
    /// <param name="time">The time, in any offset.</param>
    /// <returns>The UTC time, such as <c>2026-11-26T12:00:00.1234567Z</c>.</returns>
    public static string Ticks(DateTimeOffset time) => time.UtcDateTime.ToString(TicksFormat, CultureInfo.InvariantCulture);
}
