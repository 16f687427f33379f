namespace Consent.AspNetCore;

/// <summary>Something that knows about cookies by name: the Open Cookie Database, the library's own table, a site's list.</summary>
internal interface ICookieSuggestionSource
{
    /// <summary>Returns what the source knows about the cookie <paramref name="name"/>, or <see langword="null"/>.</summary>
    /// <param name="name">The cookie name, compared case-sensitively, as browsers do.</param>
    CookieSuggestion? Suggest(ReadOnlySpan<char> name);
}
