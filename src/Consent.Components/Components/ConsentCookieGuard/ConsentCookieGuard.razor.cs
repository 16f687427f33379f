using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// The browser side of enforcement: one inline script that keeps a cookie written by script (<c>document.cookie</c>,
/// <c>cookieStore.set</c>) or a declared <c>localStorage</c>/<c>sessionStorage</c> key only when its category is
/// granted, removes what categories no longer granted left behind (COMPLIANCE C9), and gives site scripts
/// <c>window.Consent</c> (<c>granted</c>, <c>isGranted(key)</c>, the <c>consent:change</c> event). Its decisions
/// come from the state the server rendered the page with, never from the HttpOnly consent cookie.
/// </summary>
/// <remarks>
/// Place it first in <c>&lt;head&gt;</c>, before any other script: a script that runs earlier is not guarded. Consent
/// itself still needs no script; with JavaScript off the server's enforcement is all there is. Covered and not
/// covered: see the components README.
/// </remarks>
public sealed partial class ConsentCookieGuard : ConsentComponentBase
{
    private string? _script;
    private string? _nonce;

    /// <summary>Gets or sets the CSP nonce; when <see langword="null"/>, the nonce the host stored in <c>HttpContext.Items</c> for the request being rendered on the server (none in an interactive render).</summary>
    [Parameter]
    public string? Nonce { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        _nonce = GetNonce(Nonce);
        var page = GetPageState();
        _script = page is null ? null : GuardScript.Render(page);
    }
}
