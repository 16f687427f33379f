using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Consent.AspNetCore;

/// <summary>
/// Keeps a leftover <c>app.UseCookiePolicy()</c> from deciding consent, so that its <c>MinimumSameSitePolicy</c>,
/// <c>HttpOnly</c> and <c>Secure</c> rules keep working while the library decides: its idea of consent mirrors the
/// library's (<c>CheckConsentNeeded</c> asks the request's <see cref="IConsentFeature"/>), it lets every cookie on to
/// the library's filter, which decides per category, no request cookie can satisfy it (its consent value becomes a
/// secret of this process), and its <c>GrantConsent()</c> and <c>WithdrawConsent()</c> become the library's, recorded
/// in the audit log (COMPLIANCE R1).
/// </summary>
/// <remarks>
/// Applies to the options from dependency injection (<c>UseCookiePolicy()</c> without arguments and
/// <c>AddCookiePolicy</c>); options passed to <c>UseCookiePolicy(options)</c> are the site's own, and
/// <see cref="CookieConsentMiddleware"/> still puts the library's feature back when that middleware runs first.
/// </remarks>
internal sealed class CookiePolicyBridge : IPostConfigureOptions<CookiePolicyOptions>
{
    private static readonly Func<HttpContext, bool> ConsentNeeded = static context =>
        context.Features[typeof(IConsentFeature)] is not Microsoft.AspNetCore.Http.Features.ITrackingConsentFeature { CanTrack: true };

    /// <summary>Gets whether the site had set <c>CheckConsentNeeded</c>, which the library now answers: reported at startup.</summary>
    public bool HadCheckConsentNeeded { get; private set; }

    /// <summary>Gets the name of the cookie policy's consent cookie: its default until its options are configured.</summary>
    public string ConsentCookieName { get; private set; } = ".AspNet.Consent";

    /// <summary>Gets the value the cookie policy writes for consent: random, so that no request can carry it.</summary>
    public string ConsentCookieValue { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public void PostConfigure(string? name, CookiePolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        HadCheckConsentNeeded |= options.CheckConsentNeeded is not null && !ReferenceEquals(options.CheckConsentNeeded, ConsentNeeded);
        options.CheckConsentNeeded = ConsentNeeded;
        options.ConsentCookieValue = ConsentCookieValue;
        ConsentCookieName = options.ConsentCookie.Name ?? ConsentCookieName;
        var site = options.OnAppendCookie;
        if (site is null || site.Target is not IssueEveryCookie)
        {
            options.OnAppendCookie = new IssueEveryCookie(site).Invoke;
        }
    }

    /// <summary>Whether a cookie the feature is asked to write is the cookie policy granting or withdrawing consent.</summary>
    public bool IsPolicyConsentCookie(string key) => string.Equals(key, ConsentCookieName, StringComparison.Ordinal);

    // The cookie policy would drop what it calls non-essential when its CanTrack is false; the library's filter
    // decides per category instead. The site's own callback still runs after.
    private sealed class IssueEveryCookie(Action<Microsoft.AspNetCore.CookiePolicy.AppendCookieContext>? site)
    {
        public void Invoke(Microsoft.AspNetCore.CookiePolicy.AppendCookieContext context)
        {
            context.IssueCookie = true;
            site?.Invoke(context);
        }
    }
}
