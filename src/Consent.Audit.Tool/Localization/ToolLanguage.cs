using Consent.Localization;
using System.Globalization;
using System.Resources;

namespace Consent.Audit.Tool.Localization;

/// <summary>
/// The language the tool speaks to people in (<c>--language ar|en</c>): every message, table heading and the report
/// come from <c>Resources/ToolStrings.resx</c> (Arabic, the neutral resources) or its English satellite. Placeholders are
/// filled in the invariant culture, so figures keep Western digits and dates the Gregorian calendar in both languages.
/// </summary>
internal sealed class ToolLanguage
{
    private ToolLanguage(string name) => Name = name;

    /// <summary>Gets the texts: the neutral (Arabic) ones in the tool's assembly, the English ones in its <c>en</c> satellite.</summary>
    public static ResourceManager Resources { get; } = new("Consent.Audit.Tool.Resources.ToolStrings", typeof(ToolLanguage).Assembly);

    /// <summary>Gets Arabic, the neutral language of the resources.</summary>
    public static ToolLanguage Arabic { get; } = new("ar");

    /// <summary>Gets English.</summary>
    public static ToolLanguage English { get; } = new("en");

    /// <summary>Gets the languages <c>--language</c> accepts.</summary>
    public static IReadOnlyList<ToolLanguage> All { get; } = [Arabic, English];

    /// <summary>Gets the two-letter code, as <c>--language</c> and the report's <c>lang</c> take it.</summary>
    public string Name { get; }

    /// <summary>Gets <c>rtl</c> or <c>ltr</c>.</summary>
    public string Direction => this == Arabic ? "rtl" : "ltr";

    /// <summary>Gets the culture whose resources are read; never used to format a value.</summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Name);

    /// <summary>Gets a text by key.</summary>
    /// <exception cref="MissingManifestResourceException">No text has that key: a bug, which a test finds.</exception>
    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new MissingManifestResourceException($"No text '{key}' in Resources/ToolStrings.resx.");

    /// <summary>Gets the language of a UI culture: Arabic for every <c>ar</c> culture, English for any other.</summary>
    public static ToolLanguage FromCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == Arabic.Name ? Arabic : English;
    }

    /// <summary>Finds the language named on the command line (<c>ar</c> or <c>en</c>, any case).</summary>
    public static ToolLanguage? Find(string? name) =>
        All.FirstOrDefault(language => string.Equals(language.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Gets a text by key and fills in its placeholders, invariantly.</summary>
    public string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, this[key], arguments);

    /// <summary>
    /// Writes a count with its noun in the right plural form, such as «30 حدثاً» or «30 events», from the keys
    /// <c>Count.{noun}.{category}</c>; in Arabic the form is one a count takes standing alone (nominative).
    /// </summary>
    public string Count(string noun, long count) =>
        Format($"Count.{noun}.{PluralRules.Select(Name, count)}", count);

    /// <summary>
    /// Gets the title of a category: the shipped one for the four built-in keys (ضرورية، وظيفية، تحليلية، تسويقية),
    /// else the key itself, which a site chose.
    /// </summary>
    public string Category(string key) =>
        Resources.GetString("Category." + key, Culture) ?? key;

    public override string ToString() => Name;
}
