namespace Consent.AspNetCore;

/// <summary>Finds the declaration of a cookie by name: exact names first, then patterns in declaration order.</summary>
/// <remarks>
/// Every response's cookies and, with the passive inventory on, every name a request carries are looked up here, and
/// most names that miss the exact table are framework cookies matched by a pattern. So a name whose length no exact
/// name has is not hashed, and a pattern that is a stem followed by one <c>*</c> (nearly all are) is a vectorised
/// prefix comparison rather than the general glob walk.
/// </remarks>
internal sealed class CookieRegistry
{
    private const int TrackedLengths = 64;

    private readonly Dictionary<string, DeclaredCookie>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly ulong _exactLengths;
    private readonly bool _longExactNames;
    private readonly DeclaredCookie[] _patterns;
    private readonly string?[] _stems;

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
            else if (exact.TryAdd(cookie.Name, cookie))
            {
                if (cookie.Name.Length < TrackedLengths)
                {
                    _exactLengths |= 1UL << cookie.Name.Length;
                }
                else
                {
                    _longExactNames = true;
                }
            }
        }

        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _patterns = [.. patterns];
        _stems = [.. patterns.Select(p => StemOf(p.Name))];
    }

    public DeclaredCookie? Find(ReadOnlySpan<char> name)
    {
        var mayBeExact = name.Length < TrackedLengths ? (_exactLengths & (1UL << name.Length)) != 0 : _longExactNames;
        if (mayBeExact && _exact.TryGetValue(name, out var cookie))
        {
            return cookie;
        }

        for (var i = 0; i < _patterns.Length; i++)
        {
            if (_stems[i] is { } stem ? name.StartsWith(stem, StringComparison.Ordinal) : CookieNamePattern.IsMatch(_patterns[i].Name, name))
            {
                return _patterns[i];
            }
        }

        return null;
    }

    /// <summary>The part before the star of a pattern whose only star ends it, or <see langword="null"/>.</summary>
    private static string? StemOf(string pattern) =>
        pattern.IndexOf('*', StringComparison.Ordinal) == pattern.Length - 1 ? pattern[..^1] : null;
}
