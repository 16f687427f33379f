namespace Consent.Abstractions;

/// <summary>A declared cookie as the cookie tables show it (COMPLIANCE C11).</summary>
/// <param name="Name">The name or name pattern.</param>
/// <param name="Provider">Who sets it; empty for the site itself.</param>
/// <param name="Purpose">What it is for, as declared.</param>
/// <param name="Lifetime">How long it lives; <see langword="null"/> for a session cookie.</param>
/// <param name="IsThirdParty">Whether a third party sets it.</param>
/// <param name="Storage">Whether it is a cookie or a key of <c>localStorage</c> or <c>sessionStorage</c>.</param>
/// <param name="Domain">The Domain it is set with, when not host-only: where the browser guard deletes it.</param>
/// <param name="Path">The Path it is set with, when not <c>/</c>: where the browser guard deletes it.</param>
/// <param name="IsHttpOnly">Whether only the server writes it, HttpOnly (ASP.NET Core's own necessary cookies but the culture cookie): no script reads or writes it, so the browser guard's data leaves it out.</param>
public sealed record DeclaredCookieView(
    string Name,
    string Provider,
    string Purpose,
    TimeSpan? Lifetime,
    bool IsThirdParty,
    CookieStorage Storage = CookieStorage.Cookie,
    string? Domain = null,
    string? Path = null,
    bool IsHttpOnly = false)
{
    /// <summary>Gets the purpose in other languages than the neutral one, keyed by language tag (case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> Purposes { get; init; } = LocalizedTexts.None;
}
