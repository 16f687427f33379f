using Microsoft.Net.Http.Headers;

namespace Consent.AspNetCore;

/// <summary>Reads the parts of a <c>Set-Cookie</c> header value that enforcement needs, without allocating.</summary>
internal static class SetCookieHeader
{
    public static ReadOnlySpan<char> GetName(ReadOnlySpan<char> header)
    {
        var end = header.IndexOfAny('=', ';');
        return (end < 0 ? header : header[..end]).Trim();
    }

    /// <summary>Whether the header removes the cookie: Max-Age zero or less, or an Expires in the past.</summary>
    public static bool IsDeletion(ReadOnlySpan<char> header, DateTimeOffset now)
    {
        var attributes = header;
        var first = attributes.IndexOf(';');
        if (first < 0)
        {
            return false;
        }

        attributes = attributes[(first + 1)..];
        var expired = false;
        foreach (var range in attributes.Split(';'))
        {
            var attribute = attributes[range].Trim();
            var equals = attribute.IndexOf('=');
            if (equals < 0)
            {
                continue;
            }

            var name = attribute[..equals].Trim();
            var value = attribute[(equals + 1)..].Trim();
            if (name.Equals("max-age", StringComparison.OrdinalIgnoreCase))
            {
                // Max-Age wins over Expires (RFC 6265 5.3 step 3).
                return long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                    && seconds <= 0;
            }

            if (name.Equals("expires", StringComparison.OrdinalIgnoreCase)
                && HeaderUtilities.TryParseDate(value.ToString(), out var expires))
            {
                expired = expires <= now;
            }
        }

        return expired;
    }
}
