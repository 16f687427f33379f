namespace Consent.AspNetCore;

/// <summary>Finds the declaration of a cookie by name: exact names first, then patterns in declaration order.</summary>
internal sealed class CookieRegistry
{
    private readonly Dictionary<string, DeclaredCookie>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly DeclaredCookie[] _patterns;

    public CookieRegistry(IReadOnlyList<DeclaredCookie> cookies)
    {
        var exact = new Dictionary<string, DeclaredCookie>(StringComparer.Ordinal);
        var patterns = new List<DeclaredCookie>();
        foreach (var cookie in cookies)
        {
            if (cookie.IsPattern)
            {
                patterns.Add(cookie);
            }
            else
            {
                exact.TryAdd(cookie.Name, cookie);
            }
        }

        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _patterns = [.. patterns];
    }

    public DeclaredCookie? Find(ReadOnlySpan<char> name)
    {
        if (_exact.TryGetValue(name, out var cookie))
        {
            return cookie;
        }

        foreach (var pattern in _patterns)
        {
            if (CookieNamePattern.IsMatch(pattern.Name, name))
            {
                return pattern;
            }
        }

        return null;
    }
}
