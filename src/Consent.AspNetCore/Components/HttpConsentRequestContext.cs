using Consent.Abstractions;
using Consent.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Consent.AspNetCore;

/// <summary>
/// Gives the components what the server knows while it renders a request: the request's consent feature, its CSP
/// nonce and the text archive. Blazor renders static SSR and prerendering within the request, so the accessor's
/// context is the request being rendered; the components ask for the request's consent, nonce and abort token only
/// when their render is not interactive (on a circuit the accessor would give the connection's request).
/// </summary>
internal sealed class HttpConsentRequestContext : IConsentRequestContext
{
    private readonly IHttpContextAccessor? _accessor;
    private readonly ShownTextArchive _archive;
    private readonly string _nonceItemKey;

    public HttpConsentRequestContext(IServiceProvider services, ConsentPolicyViewSource policy, ShownTextArchive archive, IOptions<ConsentComponentsOptions> options)
    {
        // Registered by AddCookieConsent() only on hosts that render components (or by the host itself).
        _accessor = (IHttpContextAccessor?)services.GetService(typeof(IHttpContextAccessor));
        _archive = archive;
        Policy = policy.View;
        _nonceItemKey = options.Value.CspNonceItemKey;
    }

    public ConsentPolicyView Policy { get; }

    public ConsentSnapshot? Visitor =>
        Request?.Features.Get<IConsentFeature>() is { } consent ? Snapshot(consent) : null;

    public string? CspNonce =>
        Request?.Items.TryGetValue(_nonceItemKey, out var value) == true ? value as string : null;

    public CancellationToken RequestAborted => Request?.RequestAborted ?? CancellationToken.None;

    private HttpContext? Request => (_accessor ?? throw new InvalidOperationException(
        "The consent components are rendered on a host that registered no IHttpContextAccessor. Call AddRazorComponents(), AddRazorPages() or AddControllersWithViews() before AddCookieConsent(), or call services.AddHttpContextAccessor().")).HttpContext;

    public Task<string> ArchiveShownTextAsync(string language, string text, CancellationToken cancellationToken) =>
        _archive.ArchiveAsync(language, text, cancellationToken);

    private static ConsentSnapshot Snapshot(IConsentFeature consent)
    {
        var decision = consent.Decision;
        return new ConsentSnapshot(
            decision is not null,
            [.. consent.Policy.Categories.Where(c => consent.IsGranted(c.Key)).Select(c => c.Key)],
            consent.GlobalPrivacyControl,
            decision?.ConsentId.ToString());
    }
}
