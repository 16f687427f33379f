using System.Globalization;

namespace Consent.Abstractions;

/// <summary>Texts given per language (a cookie's purpose, a category's title), and how one is picked for a culture.</summary>
public static class LocalizedTexts
{
    /// <summary>Gets an empty set of texts.</summary>
    public static IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Copies texts keyed by language tag into a read-only set that compares tags case-insensitively.</summary>
    /// <param name="texts">The texts; blank ones are left out.</param>
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<KeyValuePair<string, string>> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, text) in texts)
        {
            if (!string.IsNullOrWhiteSpace(language) && !string.IsNullOrWhiteSpace(text))
            {
                copy[language] = text;
            }
        }

        return copy.Count == 0 ? None : copy;
    }

    /// <summary>Finds the text for a culture: its full name first (<c>fr-CA</c>), then its language (<c>fr</c>).</summary>
    /// <param name="texts">The texts by language tag.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="text">The text found.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryFind(IReadOnlyDictionary<string, string> texts, CultureInfo culture, out string text)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(culture);
        text = string.Empty;
        return texts.Count > 0
            && ((culture.Name.Length > 0 && texts.TryGetValue(culture.Name, out text!))
                || texts.TryGetValue(culture.TwoLetterISOLanguageName, out text!));
    }
}
