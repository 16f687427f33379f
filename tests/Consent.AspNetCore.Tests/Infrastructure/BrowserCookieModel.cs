using System.Globalization;
using System.Text.RegularExpressions;

namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>
/// What a browser does with one <c>Set-Cookie</c>, written from RFC 6265 §5.1.1–§5.3 apart from the library's code
/// (regular expressions, not spans), so that a property test checks the filter against the standard rather than
/// against itself. <see cref="ChromiumKeeps"/> reads lifetimes as Chromium does where it differs from the RFC: the last
/// <c>Max-Age</c> counts even when it does not parse (then <c>Expires</c> decides), and a leading <c>+</c> is allowed.
/// </summary>
public static partial class BrowserCookieModel
{
    public static string Name(string header) => header.Split(';')[0].Split('=')[0].Trim(' ', '\t');

    /// <summary>Whether the browser ends up holding the cookie, by RFC 6265.</summary>
    public static bool RfcKeeps(string header, DateTimeOffset now)
    {
        long? maxAge = null;
        DateTimeOffset? expires = null;
        foreach (var (name, value) in Attributes(header))
        {
            if (name.Equals("max-age", StringComparison.OrdinalIgnoreCase) && RfcMaxAge().IsMatch(value))
            {
                maxAge = value.StartsWith('-') || value.All(c => c == '0') ? 0 : 1;
            }
            else if (name.Equals("expires", StringComparison.OrdinalIgnoreCase) && ParseDate(value) is { } date)
            {
                expires = date;
            }
        }

        return maxAge is { } seconds ? seconds > 0 : expires is not { } at || at > now;
    }

    /// <summary>Whether Chromium ends up holding the cookie.</summary>
    public static bool ChromiumKeeps(string header, DateTimeOffset now)
    {
        string? maxAge = null, expires = null;
        foreach (var (name, value) in Attributes(header))
        {
            if (name.Equals("max-age", StringComparison.OrdinalIgnoreCase))
            {
                maxAge = value;
            }
            else if (name.Equals("expires", StringComparison.OrdinalIgnoreCase))
            {
                expires = value;
            }
        }

        if (maxAge is not null && ChromiumMaxAge().IsMatch(maxAge) && long.TryParse(maxAge, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds > 0;
        }

        return expires is null || ParseDate(expires) is not { } at || at > now;
    }

    /// <summary>Kept by either reading: what a hostile header hopes for.</summary>
    public static bool AnyBrowserKeeps(string header, DateTimeOffset now) => RfcKeeps(header, now) || ChromiumKeeps(header, now);

    private static IEnumerable<(string Name, string Value)> Attributes(string header)
    {
        var parts = header.Split(';');
        foreach (var part in parts.Skip(1))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            yield return equals < 0
                ? (part.Trim(' ', '\t'), string.Empty)
                : (part[..equals].Trim(' ', '\t'), part[(equals + 1)..].Trim(' ', '\t'));
        }
    }

    /// <summary>RFC 6265 §5.1.1, token by token.</summary>
    private static DateTimeOffset? ParseDate(string value)
    {
        int? hour = null, minute = null, second = null, day = null, month = null, year = null;
        foreach (var token in Delimiters().Split(value).Where(t => t.Length > 0))
        {
            Match match;
            if (hour is null && (match = Time().Match(token)).Success)
            {
                (hour, minute, second) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
            }
            else if (day is null && (match = Day().Match(token)).Success)
            {
                day = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            else if (month is null && Months.FindIndex(m => m.IsMatch(token)) is var index and >= 0)
            {
                month = index + 1;
            }
            else if (year is null && (match = Year().Match(token)).Success)
            {
                year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        year = year switch { >= 70 and <= 99 => year + 1900, >= 0 and <= 69 => year + 2000, _ => year };
        if (hour is null || day is null || month is null || year is null || day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59
            || day > DateTime.DaysInMonth(year.Value, month.Value))
        {
            return null;
        }

        return new DateTimeOffset(year.Value, month.Value, day.Value, hour.Value, minute!.Value, second!.Value, TimeSpan.Zero);
    }

    private static readonly List<Regex> Months =
    [
        .. "jan feb mar apr may jun jul aug sep oct nov dec".Split(' ')
            .Select(m => new Regex("^" + string.Concat(m.Select(c => $"[{char.ToUpperInvariant(c)}{c}]")), RegexOptions.CultureInvariant)),
    ];

    [GeneratedRegex("^-?[0-9]+$")]
    private static partial Regex RfcMaxAge();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex ChromiumMaxAge();

    [GeneratedRegex("[\\x09\\x20-\\x2F\\x3B-\\x40\\x5B-\\x60\\x7B-\\x7E]+")]
    private static partial Regex Delimiters();

    [GeneratedRegex("^([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[^0-9][\\s\\S]*)?$")]
    private static partial Regex Time();

    [GeneratedRegex("^([0-9]{1,2})(?:[^0-9][\\s\\S]*)?$")]
    private static partial Regex Day();

    [GeneratedRegex("^([0-9]{2,4})(?:[^0-9][\\s\\S]*)?$")]
    private static partial Regex Year();
}
