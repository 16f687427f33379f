using Consent.Abstractions;
using Consent.Auditing;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>
/// The <see cref="ITrackingConsentFeature"/> side of the feature, so code written for ASP.NET Core's cookie policy
/// keeps working: tracking is allowed only when every optional category is granted.
/// </summary>
internal sealed partial class ConsentFeature : ITrackingConsentFeature
{
    public bool IsConsentNeeded => true;

    public bool HasConsent => Policy.Categories.All(c => IsGranted(c.Key));

    public bool CanTrack => HasConsent;

    /// <summary>Accepts every category, as «أوافق» would, and records the decision.</summary>
    public void GrantConsent()
    {
        if (HasConsent)
        {
            return;
        }

        Record(Prepare(ConsentMethod.AcceptAll, []), "feature:grant");
    }

    /// <summary>Refuses every optional category, as «أرفض» would; does nothing when nothing is granted.</summary>
    public void WithdrawConsent()
    {
        if (!Policy.Categories.Any(c => !c.IsNecessary && IsGranted(c.Key)))
        {
            return;
        }

        Record(Prepare(ConsentMethod.RejectAll, []), "feature:withdraw");
    }

    /// <summary>
    /// Returns the <c>Set-Cookie</c> value of an accept-all decision. The consent cookie is HttpOnly, so a script
    /// cannot store it through <c>document.cookie</c>; post to the consent endpoint instead.
    /// </summary>
    public string CreateConsentCookie() => CreateConsentCookieHeader(Prepare(ConsentMethod.AcceptAll, []).Decision);

    private void Record(ConsentTransition transition, string control)
    {
        Commit(transition);
        var details = new ConsentAuditDetails(control, System.Globalization.CultureInfo.CurrentUICulture.Name, null, _context.Request.Path.Value ?? "/");
        var consentEvent = _services.Events.Create(_context, transition, details);
        TrackAudit(AppendAsync(consentEvent, transition.Decision));
    }

    private async Task<bool> AppendAsync(ConsentEvent consentEvent, ConsentDecision decision)
    {
        try
        {
            await _services.AuditLog.AppendAsync(consentEvent, CancellationToken.None);
        }
#pragma warning disable CA1031 // The caller of GrantConsent cannot handle it: the decision is dropped instead (see EnforceAfterAuditAsync).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.AuditAppendFailed(_services.Logger, exception);
            return false;
        }

        await _services.Preferences.SaveAsync(_context, decision);
        return true;
    }
}
