namespace Consent.AspNetCore;

/// <summary>
/// Reads a <c>Set-Cookie</c> header value the way a browser does (RFC 6265 §5.2 and §5.3), without allocating:
/// attributes are split at <c>;</c> and trimmed of spaces and tabs only (a no-break space is part of the value).
/// </summary>
internal static class SetCookieHeader
{
    private const long MaximumSeconds = 100L * 365 * 24 * 3600;

    /// <summary>
    /// The cookie's name as a browser stores it: a pair without <c>=</c> (<c>session; Path=/</c>) is a cookie with an
    /// empty name and that text as its value (RFC 6265bis §5.6, as Chromium and Firefox do), never one named so.
    /// </summary>
    public static ReadOnlySpan<char> GetName(ReadOnlySpan<char> header)
    {
        var end = header.IndexOfAny('=', ';');
        return end < 0 || header[end] == ';' ? default : TrimWhiteSpace(header[..end]);
    }

    /// <summary>
    /// Whether a browser removes the cookie: the last valid <c>Max-Age</c> is zero or less or, without one, the last
    /// valid <c>Expires</c> (parsed by RFC 6265 §5.1.1) is not after <paramref name="now"/>.
    /// </summary>
    public static bool IsDeletion(ReadOnlySpan<char> header, DateTimeOffset now) =>
        TryGetLifetime(header, now, out var lifetime) && lifetime <= TimeSpan.Zero;

    /// <summary>
    /// How long a browser keeps the cookie (RFC 6265 §5.2–5.3): the last valid <c>Max-Age</c> wins over any
    /// <c>Expires</c>, else the last valid <c>Expires</c> counts; neither makes a session cookie.
    /// </summary>
    /// <param name="header">The header value.</param>
    /// <param name="now">The current time, to turn an <c>Expires</c> into a duration.</param>
    /// <param name="lifetime">The duration (zero or less: a deletion); unset for a session cookie.</param>
    /// <returns><see langword="true"/> when the cookie persists or is deleted; <see langword="false"/> for a session cookie.</returns>
    public static bool TryGetLifetime(ReadOnlySpan<char> header, DateTimeOffset now, out TimeSpan lifetime)
    {
        TimeSpan? maxAge = null;
        DateTimeOffset? expires = null;
        var attributes = new Attributes(header);
        while (attributes.MoveNext(out var name, out var value))
        {
            if (name.Equals("max-age", StringComparison.OrdinalIgnoreCase))
            {
                if (TryMaxAge(value, out var seconds))
                {
                    maxAge = seconds;
                }
            }
            else if (name.Equals("expires", StringComparison.OrdinalIgnoreCase) && CookieDate.TryParse(value, out var date))
            {
                expires = date;
            }
        }

        lifetime = maxAge ?? (expires is { } at ? at - now : default);
        return maxAge is not null || expires is not null;
    }

    /// <summary>The last <c>Path</c> and <c>Domain</c> a browser would take from the header, and whether it asks for <c>Secure</c>.</summary>
    public static void GetScope(ReadOnlySpan<char> header, out ReadOnlySpan<char> path, out ReadOnlySpan<char> domain, out bool secure)
    {
        path = default;
        domain = default;
        secure = false;
        var attributes = new Attributes(header);
        while (attributes.MoveNext(out var name, out var value))
        {
            if (name.Equals("path", StringComparison.OrdinalIgnoreCase))
            {
                // A value that does not start with "/" makes the browser use the default path.
                path = value.StartsWith('/') ? value : default;
            }
            else if (name.Equals("domain", StringComparison.OrdinalIgnoreCase) && !value.IsEmpty)
            {
                domain = value;
            }
            else if (name.Equals("secure", StringComparison.OrdinalIgnoreCase))
            {
                secure = true;
            }
        }
    }

    /// <summary>RFC 6265 §5.2.2: a digit or "-" first, digits after; anything else makes the browser ignore the attribute.</summary>
    private static bool TryMaxAge(ReadOnlySpan<char> value, out TimeSpan lifetime)
    {
        lifetime = TimeSpan.Zero;
        var negative = value.StartsWith('-');
        var digits = negative ? value[1..] : value;
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        if (negative)
        {
            return true;
        }

        // Browsers cap a cookie's life anyway (Chromium at 400 days); a huge value only needs to stay positive.
        long seconds = 0;
        foreach (var c in digits)
        {
            seconds = Math.Min(seconds * 10 + (c - '0'), MaximumSeconds);
        }

        lifetime = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>RFC 6265 trims WSP, which is space and horizontal tab; <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/> would also take a no-break space.</summary>
    private static ReadOnlySpan<char> TrimWhiteSpace(ReadOnlySpan<char> text) => text.Trim(" \t");

    /// <summary>The cookie-av pairs after the first <c>;</c>, each name and value trimmed of WSP.</summary>
    private ref struct Attributes
    {
        private ReadOnlySpan<char> _rest;

        public Attributes(ReadOnlySpan<char> header)
        {
            var first = header.IndexOf(';');
            _rest = first < 0 ? default : header[(first + 1)..];
            Done = first < 0;
        }

        private bool Done { get; set; }

        public bool MoveNext(out ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
        {
            name = value = default;
            if (Done)
            {
                return false;
            }

            var end = _rest.IndexOf(';');
            var attribute = end < 0 ? _rest : _rest[..end];
            if (end < 0)
            {
                Done = true;
            }
            else
            {
                _rest = _rest[(end + 1)..];
            }

            var equals = attribute.IndexOf('=');
            name = TrimWhiteSpace(equals < 0 ? attribute : attribute[..equals]);
            value = equals < 0 ? default : TrimWhiteSpace(attribute[(equals + 1)..]);
            return true;
        }
    }
}
