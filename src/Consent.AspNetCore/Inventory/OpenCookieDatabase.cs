namespace Consent.AspNetCore;

/// <summary>
/// Suggestions from the table derived from the Open Cookie Database (<c>open-cookie-database.tsv</c>, embedded;
/// built by <c>eng/open-cookie-database/generate.py</c>). A name matches its exact entry first, then the longest
/// stem it starts with; stems shorter than <see cref="MinimumStemLength"/> characters are ignored. Comparisons are
/// ordinal and case-sensitive, as browsers compare cookie names. See docs/cookie-inventory.md.
/// </summary>
/// <remarks>
/// The shared instance reads the embedded table once, on first use. Looking a name up allocates nothing: a
/// dictionary for exact names, and for stems one probe per distinct stem length, longest first.
/// </remarks>
internal sealed class OpenCookieDatabase : ICookieSuggestionSource
{
    /// <summary>The source named in each suggestion.</summary>
    public const string SourceName = "Open Cookie Database";

    /// <summary>The shortest stem that is matched: the database's <c>_s</c> must not claim <c>_shopify_u</c>.</summary>
    public const int MinimumStemLength = 4;

    internal const string TableResource = "Consent.AspNetCore.Inventory.open-cookie-database.tsv";
    internal const string LicenseResource = "Consent.AspNetCore.Inventory.open-cookie-database.LICENSE.txt";

    private static readonly Lazy<OpenCookieDatabase> LazyShared =
        new(() => Parse(OpenEmbedded(TableResource)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, CookieSuggestion>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Dictionary<string, CookieSuggestion>.AlternateLookup<ReadOnlySpan<char>> _stems;
    private readonly int[] _stemLengthsLongestFirst;

    private OpenCookieDatabase(Dictionary<string, CookieSuggestion> exact, Dictionary<string, CookieSuggestion> stems)
    {
        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemLengthsLongestFirst = [.. stems.Keys.Select(stem => stem.Length).Distinct().OrderDescending()];
        Count = exact.Count + stems.Count;
    }

    /// <summary>Gets the database shipped with the library.</summary>
    public static OpenCookieDatabase Shared => LazyShared.Value;

    /// <summary>Gets the number of entries (exact names and stems).</summary>
    public int Count { get; }

    /// <summary>Reads a table in the format <c>generate.py</c> writes.</summary>
    /// <exception cref="InvalidDataException">A line is malformed, or a name or stem appears twice.</exception>
    public static OpenCookieDatabase Parse(TextReader table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var exact = new Dictionary<string, CookieSuggestion>(StringComparer.Ordinal);
        var stems = new Dictionary<string, CookieSuggestion>(StringComparer.Ordinal);
        foreach (var (lineNumber, suggestion) in OpenCookieDatabaseTable.Read(table))
        {
            if (suggestion.IsStemMatch && suggestion.MatchedName.Length < MinimumStemLength)
            {
                continue;
            }

            if (!(suggestion.IsStemMatch ? stems : exact).TryAdd(suggestion.MatchedName, suggestion))
            {
                throw new InvalidDataException(
                    $"Line {lineNumber}: '{suggestion.MatchedName}' appears twice; the generator merges duplicates.");
            }
        }

        return new OpenCookieDatabase(exact, stems);
    }

    /// <summary>Returns the Apache License 2.0 text the embedded table is distributed under.</summary>
    public static string ReadLicense()
    {
        using var reader = OpenEmbedded(LicenseResource);
        return reader.ReadToEnd();
    }

    public CookieSuggestion? Suggest(ReadOnlySpan<char> name)
    {
        if (_exact.TryGetValue(name, out var suggestion))
        {
            return suggestion;
        }

        foreach (var length in _stemLengthsLongestFirst)
        {
            if (length <= name.Length && _stems.TryGetValue(name[..length], out suggestion))
            {
                return suggestion;
            }
        }

        return null;
    }

    private static StreamReader OpenEmbedded(string resource)
    {
        var stream = typeof(OpenCookieDatabase).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from {typeof(OpenCookieDatabase).Assembly.GetName().Name}.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
