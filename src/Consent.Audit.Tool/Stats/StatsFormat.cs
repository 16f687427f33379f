using System.Globalization;

namespace Consent.Audit.Tool.Stats;

/// <summary>Invariant formatting of the figures, the same in the terminal and in the report.</summary>
internal static class StatsFormat
{
    public static string Percent(double? share) =>
        share is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
