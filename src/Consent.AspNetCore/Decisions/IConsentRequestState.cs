using Consent.Abstractions;
using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>
/// One request's consent, as <see cref="ConsentDecisionPipeline"/> reads and changes it: what the request's consent
/// cookie held, and the decision the request works with. The request's consent feature implements it, so the
/// pipeline does not depend on the feature.
/// </summary>
internal interface IConsentRequestState
{
    /// <summary>Gets the request.</summary>
    HttpContext Context { get; }

    /// <summary>Gets what the request's consent cookie held (read on first use), or what was restored in its place.</summary>
    ConsentCookieStatus StoredStatus { get; }

    /// <summary>Gets the decision the consent cookie held, valid or not: an expired one still gives the consent ID.</summary>
    ConsentDecision? StoredDecision { get; }

    /// <summary>Gets whether the request carries <c>Sec-GPC: 1</c>.</summary>
    bool GlobalPrivacyControl { get; }

    /// <summary>Gets the response cookies as the server provides them, for the consent cookie itself.</summary>
    IResponseCookies ServerCookies { get; }

    /// <summary>Makes <paramref name="decision"/> the request's decision, what every later read and the enforcement see.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="asStored">Whether it also stands for what the request's cookie held (a restored decision).</param>
    void Take(ConsentDecision decision, bool asStored);
}
