using System.Globalization;
using Consent.Auditing;

namespace Consent.Audit.Tool.Stats;

/// <summary>How <c>stats --by</c> groups decisions; days and ISO weeks are UTC and Gregorian.</summary>
internal static class StatsGrouping
{
    public static readonly string[] Names = ["day", "week", "revision", "language"];

    public static string Key(ConsentEvent e, string by)
    {
        var utc = e.OccurredAt.UtcDateTime;
        return by switch
        {
            "week" => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):00}"),
            "revision" => e.PolicyRevision,
            "language" => e.Language,
            _ => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
