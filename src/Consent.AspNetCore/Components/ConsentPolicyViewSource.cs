using Consent.Abstractions;
using Microsoft.Extensions.Hosting;

namespace Consent.AspNetCore;

/// <summary>
/// Holds the configured policy the way the browser-safe components render it, built once: the policy does not change
/// while the site runs.
/// </summary>
/// <param name="policy">The policy.</param>
/// <param name="environment">The host's environment: only in Development, with the inventory on, does the browser guard report to <see cref="ScriptInventoryEndpoint"/>.</param>
internal sealed class ConsentPolicyViewSource(ConsentPolicy policy, IHostEnvironment? environment = null)
{
    /// <summary>Gets the categories in display order with their declared cookies, and the endpoint and policy URLs.</summary>
    public ConsentPolicyView View { get; } = new(
        [.. policy.Categories.Select(category => new ConsentCategoryView(
            category.Key,
            category.Title,
            category.Description,
            [.. policy.CookiesOf(category.Key).Select(cookie => new DeclaredCookieView(
                cookie.Name, cookie.Provider, cookie.Purpose, cookie.Lifetime, cookie.IsThirdParty, cookie.Storage, cookie.Domain, cookie.Path, FrameworkCookies.IsHttpOnly(cookie))
            {
                Purposes = LocalizedTexts.Of(cookie.Purposes),
            })])
        {
            Titles = LocalizedTexts.Of(category.Titles),
            Descriptions = LocalizedTexts.Of(category.Descriptions),
        })],
        policy.Options.EndpointPath,
        policy.Options.PrivacyPolicyUrl,
        policy.Options.ConsentCookie.Name,
        policy.Options.UndeclaredCookies == UndeclaredCookieHandling.Allow,
        ScriptInventoryEndpoint.IsOn(policy.Options, environment) ? ScriptInventoryEndpoint.PathUnder(policy.Options.EndpointPath) : null,
        policy.Options.UndeclaredCookies == UndeclaredCookieHandling.AllowWhenAllGranted);
}
