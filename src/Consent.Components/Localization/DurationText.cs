namespace Consent.Components;

/// <summary>Turns a cookie lifetime into the count and unit a visitor reads, such as 13 months for 395 days.</summary>
internal static class DurationText
{
    /// <summary>The unit a duration is expressed in.</summary>
    internal enum Unit
    {
        Hour,
        Day,
        Month,
        Year,
    }

    /// <summary>Chooses the unit and the count: years when exact, months from four weeks on, else days or hours.</summary>
    /// <param name="lifetime">A positive lifetime.</param>
    public static (long Count, Unit Unit) Measure(TimeSpan lifetime)
    {
        var days = (long)Math.Round(lifetime.TotalDays);
        if (lifetime < TimeSpan.FromDays(1))
        {
            return ((long)Math.Max(1, Math.Ceiling(lifetime.TotalHours)), Unit.Hour);
        }

        if (days % 365 == 0)
        {
            return (days / 365, Unit.Year);
        }

        return days >= 28 ? ((long)Math.Round(days / 30.4375), Unit.Month) : (days, Unit.Day);
    }
}
