namespace Consent.AspNetCore;

/// <summary>
/// Offers a list of cookie declarations as suggestions, matched the way the cookie registry matches them
/// (exact names first, then <c>*</c> patterns in order), for a table that should win over the Open Cookie Database.
/// </summary>
internal sealed class DeclaredCookieSuggestionSource : ICookieSuggestionSource
{
    private readonly CookieRegistry _registry;
    private readonly Dictionary<DeclaredCookie, CookieSuggestion> _suggestions = new(ReferenceEqualityComparer.Instance);

    /// <param name="cookies">The declarations.</param>
    /// <param name="source">The name of the table, reported as <see cref="CookieSuggestion.Source"/>.</param>
    /// <param name="purposeLanguage">The language the purposes are written in, when there is one.</param>
    public DeclaredCookieSuggestionSource(IReadOnlyList<DeclaredCookie> cookies, string source, string? purposeLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(cookies);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        _registry = new CookieRegistry(cookies);
        foreach (var cookie in cookies)
        {
            _suggestions.TryAdd(cookie, new CookieSuggestion
            {
                Category = cookie.Category,
                Provider = string.IsNullOrWhiteSpace(cookie.Provider) ? null : cookie.Provider,
                Purpose = cookie.Purpose,
                PurposeLanguage = purposeLanguage,
                Lifetime = Lifetime(cookie.Lifetime),
                Source = source,
                MatchedName = cookie.Name,
                IsStemMatch = cookie.IsPattern,
            });
        }
    }

    // A declaration without a lifetime is a session cookie (DeclaredCookie.Lifetime); a non-positive one says nothing.
    private static SuggestedLifetime Lifetime(TimeSpan? lifetime) => lifetime switch
    {
        null => SuggestedLifetime.Session,
        { } duration when duration > TimeSpan.Zero => SuggestedLifetime.Of(duration),
        _ => SuggestedLifetime.Unknown,
    };

    public CookieSuggestion? Suggest(ReadOnlySpan<char> name) =>
        _registry.Find(name) is { } cookie ? _suggestions[cookie] : null;
}
