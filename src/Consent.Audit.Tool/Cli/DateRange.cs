using System.Globalization;
using Consent.Abstractions;
using Consent.Audit.Tool.Localization;

namespace Consent.Audit.Tool;

/// <summary>
/// A range of event times, from <see cref="From"/> inclusive to <see cref="To"/> exclusive, in UTC. Dates are read
/// in the invariant culture and the Gregorian calendar, whatever the machine's culture (never Hijri through ar-SA).
/// </summary>
internal sealed record DateRange(DateTimeOffset From, DateTimeOffset To)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
    ];

    /// <summary>Gets the range that holds every event.</summary>
    public static DateRange All { get; } = new(DateTimeOffset.UnixEpoch, new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Gets whether the range was narrowed by <c>--from</c> or <c>--to</c>.</summary>
    public bool IsAll => this == All;

    /// <summary>Gets the lower bound to read from, or <see langword="null"/> for every event.</summary>
    public DateTimeOffset? Since => IsAll ? null : From;

    /// <summary>Gets the upper bound to read to, or <see langword="null"/> for every event.</summary>
    public DateTimeOffset? Before => IsAll ? null : To;

    /// <summary>
    /// Reads <c>--from</c> and <c>--to</c>. A date alone (<c>2026-11-30</c>) as <c>--to</c> includes that whole day;
    /// a time without an offset is UTC.
    /// </summary>
    public static DateRange Parse(string? from, string? to, ToolLanguage language)
    {
        var start = from is null ? All.From : ParseBound(from, "--from", endOfDay: false, language);
        var end = to is null ? All.To : ParseBound(to, "--to", endOfDay: true, language);
        if (start >= end)
        {
            throw new AuditToolException(ExitCodes.BadInput, language.Format("Error.RangeReversed", UtcTimeText.Seconds(start), UtcTimeText.Seconds(end)));
        }

        return new DateRange(start, end);
    }

    private static DateTimeOffset ParseBound(string text, string option, bool endOfDay, ToolLanguage language)
    {
        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        var invariant = CultureInfo.InvariantCulture;
        if (DateTimeOffset.TryParseExact(text, DateFormats, invariant, Utc, out var date))
        {
            return endOfDay ? date.AddDays(1) : date;
        }

        if (DateTimeOffset.TryParseExact(text, TimeFormats, invariant, Utc, out var time))
        {
            return time.ToUniversalTime();
        }

        throw new AuditToolException(ExitCodes.BadInput, language.Format("Error.NotADate", option, text));
    }
}
