using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// Holds the configured policy the way the browser-safe components render it, built once: the policy does not change
/// while the site runs.
/// </summary>
internal sealed class ConsentPolicyViewSource(ConsentPolicy policy)
{
    /// <summary>Gets the categories in display order with their declared cookies, and the endpoint and policy URLs.</summary>
    public ConsentPolicyView View { get; } = new(
        [.. policy.Categories.Select(category => new ConsentCategoryView(
            category.Key,
            category.Title,
            category.Description,
            [.. policy.CookiesOf(category.Key).Select(cookie => new DeclaredCookieView(cookie.Name, cookie.Provider, cookie.Purpose, cookie.Lifetime, cookie.IsThirdParty)
            {
                Purposes = LocalizedTexts.Of(cookie.Purposes),
            })])
        {
            Titles = LocalizedTexts.Of(category.Titles),
            Descriptions = LocalizedTexts.Of(category.Descriptions),
        })],
        policy.Options.EndpointPath,
        policy.Options.PrivacyPolicyUrl,
        policy.Options.ConsentCookie.Name);
}
