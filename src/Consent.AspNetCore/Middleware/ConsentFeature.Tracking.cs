using System.Globalization;
using Consent.Abstractions;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>
/// The <see cref="ITrackingConsentFeature"/> side of the feature, so code written for ASP.NET Core's cookie policy
/// keeps working: tracking is allowed only when every optional category is granted.
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

    public bool HasConsent => Policy.Categories.All(c => IsGranted(c.Key));

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
    /// Returns the <c>Set-Cookie</c> value of an accept-all decision. The consent cookie is HttpOnly, so a script
    /// cannot store it through <c>document.cookie</c>; post to the consent endpoint instead.
    /// </summary>
    public string CreateConsentCookie() => _services.Decisions.CreateCookieHeader(this, ConsentMethod.AcceptAll);

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
