using System.Globalization;
using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// Reads the tab-separated table that <c>eng/open-cookie-database/generate.py</c> writes: <c>#</c> lines are its
/// notice, and each other line is name, match (<c>=</c> or <c>*</c>), category, provider, lifetime, purpose,
/// database ID and the IDs of merged duplicates.
/// </summary>
internal static class OpenCookieDatabaseTable
{
    private const int FieldCount = 8;

    public static IEnumerable<(int LineNumber, CookieSuggestion Suggestion)> Read(TextReader table)
    {
        var lineNumber = 0;
        while (table.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return (lineNumber, Parse(line, lineNumber));
        }
    }

    private static CookieSuggestion Parse(string line, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != FieldCount || fields[0].Length == 0 || fields[5].Length == 0)
        {
            throw Malformed(lineNumber, $"expected {FieldCount} tab-separated fields with a name and a purpose");
        }

        return new CookieSuggestion
        {
            MatchedName = fields[0],
            IsStemMatch = fields[1] switch
            {
                "=" => false,
                "*" => true,
                _ => throw Malformed(lineNumber, $"match '{fields[1]}' is neither '=' nor '*'"),
            },
            Category = Category(fields[2]) ?? throw Malformed(lineNumber, $"category '{fields[2]}' is not one of ours"),
            Provider = fields[3].Length == 0 ? null : fields[3],
            Lifetime = Lifetime(fields[4]) ?? throw Malformed(lineNumber, $"lifetime '{fields[4]}' cannot be read"),
            Purpose = fields[5],
            PurposeLanguage = "en",
            Source = OpenCookieDatabase.SourceName,
            SourceId = fields[6].Length == 0 ? null : fields[6],
            OtherSourceIds = fields[7].Length == 0 ? [] : fields[7].Split(','),
        };
    }

    // The shared constants, so that two thousand suggestions do not each hold a copy of the key.
    private static string? Category(string key) => key switch
    {
        CategoryKeys.Necessary => CategoryKeys.Necessary,
        CategoryKeys.Functional => CategoryKeys.Functional,
        CategoryKeys.Analytics => CategoryKeys.Analytics,
        CategoryKeys.Marketing => CategoryKeys.Marketing,
        _ => null,
    };

    // "session", empty for unknown, or a whole number followed by d, h, m or s.
    private static SuggestedLifetime? Lifetime(string text)
    {
        if (text.Length == 0)
        {
            return SuggestedLifetime.Unknown;
        }

        if (text == "session")
        {
            return SuggestedLifetime.Session;
        }

        if (!long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            return null;
        }

        var unit = text[^1] switch
        {
            'd' => TimeSpan.FromDays(1),
            'h' => TimeSpan.FromHours(1),
            'm' => TimeSpan.FromMinutes(1),
            's' => TimeSpan.FromSeconds(1),
            _ => TimeSpan.Zero,
        };
        return unit == TimeSpan.Zero || count > TimeSpan.MaxValue / unit ? null : SuggestedLifetime.Of(unit * count);
    }

    private static InvalidDataException Malformed(int lineNumber, string problem) =>
        new($"Line {lineNumber} of the Open Cookie Database table: {problem}.");
}
