using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>A new decision together with what the request carried before it.</summary>
/// <param name="Decision">The new decision.</param>
/// <param name="Previous">The decision the request's cookie held, valid or not.</param>
/// <param name="PreviousStatus">What the request's consent cookie was.</param>
/// <param name="SaleOrSharingWithheldByGpc">Whether «أوافق» left sale/sharing categories off because of a GPC signal.</param>
internal readonly record struct ConsentTransition(
    ConsentDecision Decision,
    ConsentDecision? Previous,
    ConsentCookieStatus PreviousStatus,
    bool SaleOrSharingWithheldByGpc);
