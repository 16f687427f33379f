using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// The visitor's consent for the current request, set by <c>UseCookieConsent()</c>.
/// Get it with <c>HttpContext.Features.Get&lt;IConsentFeature&gt;()</c> or <c>HttpContext.GetConsent()</c>.
/// </summary>
public interface IConsentFeature
{
    /// <summary>Gets the site's consent policy.</summary>
    ConsentPolicy Policy { get; }

    /// <summary>
    /// Gets the visitor's valid decision, or <see langword="null"/> when there is none: no cookie, or one that is
    /// forged, expired or of another policy revision. No decision means nothing optional is granted (COMPLIANCE C5).
    /// </summary>
    ConsentDecision? Decision { get; }

    /// <summary>Gets whether the visitor has a valid decision, so the banner need not be shown.</summary>
    bool HasDecision { get; }

    /// <summary>Gets whether the request carries a Global Privacy Control signal (<c>Sec-GPC: 1</c>).</summary>
    bool GlobalPrivacyControl { get; }

    /// <summary>
    /// Gets whether cookies and content of the category may be used on this request: always for <c>necessary</c>;
    /// otherwise only when the decision grants it and, for sale/sharing categories while a GPC signal is present,
    /// only if the visitor opted in to it explicitly under that signal (COMPLIANCE G1, G3).
    /// </summary>
    /// <param name="category">The category key.</param>
    bool IsGranted(string category);
}
