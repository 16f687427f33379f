namespace Consent.Audit.Tool.Localization;

/// <summary>Picks the CLDR plural category of a whole count in the tool's two languages.</summary>
internal static class PluralRules
{
    /// <summary>The categories whose forms a language's resources must hold.</summary>
    public static IReadOnlyList<PluralCategory> CategoriesOf(string language) => language == ToolLanguage.Arabic.Name
        ? Enum.GetValues<PluralCategory>()
        : [PluralCategory.One, PluralCategory.Other];

    /// <summary>Selects the category of <paramref name="count"/>: Arabic has six, English two.</summary>
    public static PluralCategory Select(string language, long count) =>
        language == ToolLanguage.Arabic.Name ? Arabic(count) : count == 1 ? PluralCategory.One : PluralCategory.Other;

    // CLDR: zero n=0; one n=1; two n=2; few n%100 in 3..10; many n%100 in
    // 11..99; other the rest (100, 101, 102…). Only the exact values 1 and 2 are one and two: 101 is other.
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
