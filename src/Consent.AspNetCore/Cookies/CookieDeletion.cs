namespace Consent.AspNetCore;

/// <summary>
/// The one form in which enforcement deletes a cookie: empty value, <c>Expires</c> at the epoch and <c>Max-Age=0</c>,
/// so that every reading of the header (RFC 6265, every browser's own) removes the cookie and none keeps a value.
/// </summary>
internal static class CookieDeletion
{
    public const string Expiry = "=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0";

    public static string Create(string name, ReadOnlySpan<char> path, ReadOnlySpan<char> domain, bool secure)
    {
        // A prefixed name is refused by the browser without Secure, deletion included.
        secure |= name.StartsWith("__Secure-", StringComparison.Ordinal) || name.StartsWith("__Host-", StringComparison.Ordinal);
        var withPath = !path.IsEmpty && IsSafe(path);
        var withDomain = !domain.IsEmpty && IsSafe(domain);
        return string.Concat(
        [
            name,
            Expiry,
            withPath ? "; Path=" : null,
            withPath ? path.ToString() : null,
            withDomain ? "; Domain=" : null,
            withDomain ? domain.ToString() : null,
            secure ? "; Secure" : null,
        ]);
    }

    /// <summary>A value taken from another header is copied only when it cannot change the header's structure.</summary>
    private static bool IsSafe(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c is < '!' or > '~' or ';' or ',' or '"' or '\\')
            {
                return false;
            }
        }

        return true;
    }
}
