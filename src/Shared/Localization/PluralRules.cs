namespace Consent.Localization;

/// <summary>
/// Picks the CLDR plural category of a whole count, for the languages the library and the audit tool ship. One source
/// compiled into both (each keeps it internal), as the tool does not reference the components.
/// </summary>
internal static class PluralRules
{
    /// <summary>Selects the plural category of <paramref name="count"/> in a language.</summary>
    /// <param name="language">A two-letter language code: <c>ar</c>, <c>fr</c>; any other follows English.</param>
    /// <param name="count">A non-negative whole count.</param>
    public static PluralCategory Select(string language, long count) => language switch
    {
        "ar" => Arabic(count),
        "fr" => count is 0 or 1 ? PluralCategory.One : PluralCategory.Other,
        _ => count == 1 ? PluralCategory.One : PluralCategory.Other,
    };

    // CLDR: zero n=0; one n=1; two n=2; few n%100=3..10; many n%100=11..99; other everything else (100, 101, 102…).
    private static PluralCategory Arabic(long count)
    {
        var lastTwo = count % 100;
        return count switch
        {
            0 => PluralCategory.Zero,
            1 => PluralCategory.One,
            2 => PluralCategory.Two,
            _ when lastTwo is >= 3 and <= 10 => PluralCategory.Few,
            _ when lastTwo is >= 11 and <= 99 => PluralCategory.Many,
            _ => PluralCategory.Other,
        };
    }
}
