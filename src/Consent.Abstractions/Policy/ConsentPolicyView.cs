namespace Consent.Abstractions;

/// <summary>
/// What the components show of the site's consent policy: its categories with their declared cookies and where the
/// consent endpoint and privacy policy are. Built on the server from the real policy; serializable, so that components
/// rendered in WebAssembly receive it with the prerendered page.
/// </summary>
/// <param name="Categories">The categories in display order, <c>necessary</c> first.</param>
/// <param name="EndpointPath">The path the consent forms post to.</param>
/// <param name="PrivacyPolicyUrl">The URL of the site's privacy policy.</param>
/// <param name="ConsentCookieName">The name of the consent cookie, whose purpose has a shipped text.</param>
/// <param name="AllowsUndeclaredCookies">Whether undeclared cookies are let through (<c>UndeclaredCookies: Allow</c>), so that the browser guard treats them as the server does.</param>
/// <param name="ScriptReportPath">Where the browser guard reports what scripts tried to store (Development, with the cookie inventory on); <see langword="null"/> to report nothing.</param>
/// <param name="AllowsUndeclaredCookiesWhenAllGranted">Whether undeclared cookies are let through once the visitor granted every optional category (<c>UndeclaredCookies: AllowWhenAllGranted</c>), so that the browser guard treats them as the server does.</param>
public sealed record ConsentPolicyView(
    IReadOnlyList<ConsentCategoryView> Categories,
    string EndpointPath,
    string PrivacyPolicyUrl,
    string ConsentCookieName,
    bool AllowsUndeclaredCookies = false,
    string? ScriptReportPath = null,
    bool AllowsUndeclaredCookiesWhenAllGranted = false)
{
    /// <summary>Gets the category with this key, or <see langword="null"/>.</summary>
    /// <param name="key">The category key.</param>
    public ConsentCategoryView? FindCategory(string key) =>
        Categories.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));

    /// <summary>Gets the cookies declared for a category; none for an unknown key.</summary>
    /// <param name="key">The category key.</param>
    public IReadOnlyList<DeclaredCookieView> CookiesOf(string key) => FindCategory(key)?.Cookies ?? [];
}
