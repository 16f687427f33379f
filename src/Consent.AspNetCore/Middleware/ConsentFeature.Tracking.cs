using System.Globalization;
using Consent.Abstractions;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>
/// The <see cref="ITrackingConsentFeature"/> side of the feature, so code written for ASP.NET Core's cookie policy
/// keeps working. <see cref="CanTrack"/> (and <see cref="HasConsent"/>, the same here) is true when the visitor's
/// decision grants every optional category they can grant on this request: under a Global Privacy Control signal the
/// sale/sharing categories, which «أوافق» leaves off (G1), do not count. It is never true without a recorded decision.
/// </summary>
/// <remarks>
/// <see cref="GrantConsent"/> and <see cref="WithdrawConsent"/> are synchronous, as ASP.NET Core declares them, and a
/// decision is applied only once it is recorded. So they wait for the audit log to take the event (the writer
/// commits in groups, so this is one short wait), and a signed-in user's copy to be saved, and return with the
/// decision taken. If the log does not take it, they log the failure and return with nothing changed:
/// <see cref="HasConsent"/> tells which happened. Nothing is applied first and undone later.
/// </remarks>
internal sealed partial class ConsentFeature : ITrackingConsentFeature
{
    public bool IsConsentNeeded => true;

    public bool HasConsent
    {
        get
        {
            if (Decision is null)
            {
                return false;
            }

            foreach (var category in Policy.Categories)
            {
                if (!IsGranted(category.Key) && !(category.IsSaleOrSharing && GlobalPrivacyControl))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public bool CanTrack => HasConsent;

    /// <summary>Accepts every category, as «أوافق» would, once the decision is recorded.</summary>
    public void GrantConsent()
    {
        if (HasConsent)
        {
            return;
        }

        Decide(ConsentMethod.AcceptAll, "feature:grant");
    }

    /// <summary>Refuses every optional category, as «أرفض» would, once the decision is recorded; does nothing when nothing is granted.</summary>
    public void WithdrawConsent()
    {
        if (!Policy.Categories.Any(c => !c.IsNecessary && IsGranted(c.Key)))
        {
            return;
        }

        Decide(ConsentMethod.RejectAll, "feature:withdraw");
    }

    /// <summary>
    /// Returns the <c>Set-Cookie</c> value of the visitor's decision, which the audit log already holds; without a
    /// decision, a value that expires the consent cookie. It never returns a cookie that grants what no audit event
    /// records (R1). The consent cookie is HttpOnly, so a script cannot store it through <c>document.cookie</c>:
    /// post to the consent endpoint instead (README: migrating from the template's consent partial).
    /// </summary>
    public string CreateConsentCookie() =>
        Decision is { } decision
            ? _services.Decisions.CreateCookieHeader(this, decision)
            : _services.Decisions.CreateDeletionHeader(this);

    private void Decide(ConsentMethod method, string control)
    {
        var details = new ConsentAuditDetails(control, CultureInfo.CurrentUICulture.Name, null, _context.Request.Path.Value ?? "/");
        try
        {
            // The interface is synchronous, so this waits; the pipeline's awaits capture no context, so it cannot deadlock on one.
            _services.Decisions.TakeAsync(this, method, [], details, CancellationToken.None).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // The caller of GrantConsent cannot handle it: the decision is not taken, and HasConsent says so.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.AuditAppendFailed(_services.Logger, exception);
        }
    }
}
