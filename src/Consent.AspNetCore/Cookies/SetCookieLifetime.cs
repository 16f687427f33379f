using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Consent.AspNetCore;

/// <summary>
/// How long a browser keeps the cookie a <c>Set-Cookie</c> header writes, read as RFC 6265 §5.2–5.3 say: the last
/// <c>Max-Age</c> wins over any <c>Expires</c>, the last <c>Expires</c> that parses counts, and neither makes a
/// session cookie.
/// </summary>
internal static class SetCookieLifetime
{
    /// <summary>Reads the lifetime the header asks for.</summary>
    /// <param name="header">The header value.</param>
    /// <param name="now">The current time, to turn an <c>Expires</c> into a duration.</param>
    /// <param name="lifetime">The duration (zero or less: a deletion); unset for a session cookie.</param>
    /// <returns><see langword="true"/> when the cookie persists (or is deleted); <see langword="false"/> for a session cookie.</returns>
    public static bool TryRead(ReadOnlySpan<char> header, DateTimeOffset now, out TimeSpan lifetime)
    {
        lifetime = default;
        var first = header.IndexOf(';');
        if (first < 0)
        {
            return false;
        }

        var attributes = header[(first + 1)..];
        long? maxAge = null;
        DateTimeOffset? expires = null;
        foreach (var range in attributes.Split(';'))
        {
            var attribute = attributes[range];
            var equals = attribute.IndexOf('=');
            if (equals < 0)
            {
                continue;
            }

            var name = attribute[..equals].Trim(' ');
            var value = attribute[(equals + 1)..].Trim(' ');
            if (name.Equals("max-age", StringComparison.OrdinalIgnoreCase))
            {
                // RFC 6265 5.2.2: a leading digit or '-', then digits only; anything else is ignored.
                if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
                    && !value.StartsWith('+'))
                {
                    maxAge = seconds;
                }
            }
            else if (name.Equals("expires", StringComparison.OrdinalIgnoreCase)
                && HeaderUtilities.TryParseDate(value.ToString(), out var date))
            {
                expires = date;
            }
        }

        if (maxAge is { } age)
        {
            lifetime = age <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(age, (long)TimeSpan.MaxValue.TotalSeconds));
            return true;
        }

        if (expires is { } at)
        {
            lifetime = at - now;
            return true;
        }

        return false;
    }
}
