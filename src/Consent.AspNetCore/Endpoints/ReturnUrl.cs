namespace Consent.AspNetCore;

/// <summary>Decides where to send the visitor after a decision: back to a page of this site, and nowhere else.</summary>
internal static class ReturnUrl
{
    public const string Fallback = "/";
    private const int MaximumLength = 2048;

    /// <summary>Returns <paramref name="value"/> when it is a local URL, otherwise <c>/</c>.</summary>
    public static string LocalOrRoot(string? value) => IsLocal(value) ? value! : Fallback;

    /// <summary>
    /// The local URL as a <c>Location</c> header can carry it: every non-ASCII character percent-encoded as UTF-8
    /// (RFC 3986), so <c>/أخبار</c> redirects instead of making the server refuse the header after the decision was
    /// recorded. What is ASCII stays as the visitor sent it, percent signs included.
    /// </summary>
    public static string ForLocation(string local)
    {
        if (System.Text.Ascii.IsValid(local))
        {
            return local;
        }

        var builder = new System.Text.StringBuilder(local.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in local.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The path part of a local URL, without query or fragment; <c>/</c> otherwise.</summary>
    public static string PathOf(string? value)
    {
        var local = LocalOrRoot(value);
        var end = local.AsSpan().IndexOfAny('?', '#');
        return end < 0 ? local : local[..end];
    }

    public static bool IsLocal(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaximumLength)
        {
            return false;
        }

        // Browsers drop tabs and newlines inside URLs ("/\t/evil" becomes "//evil"), so any control or
        // whitespace character disqualifies the URL outright.
        foreach (var c in value)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        // Judge the raw form and every percent-decoded form of it, so encoded slashes and backslashes cannot
        // smuggle a second authority through a decoding proxy or framework.
        var candidate = value;
        for (var round = 0; round < 4; round++)
        {
            if (!IsLocalPathShape(candidate))
            {
                return false;
            }

            var decoded = Uri.UnescapeDataString(candidate);
            if (decoded == candidate)
            {
                return true;
            }

            foreach (var c in decoded)
            {
                if (char.IsControl(c) || char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            candidate = decoded;
        }

        return false;
    }

    private static bool IsLocalPathShape(string value) =>
        value.Length > 0 && value[0] == '/'
        && (value.Length == 1 || (value[1] != '/' && value[1] != '\\'))
        && !value.Contains('\\', StringComparison.Ordinal);
}
