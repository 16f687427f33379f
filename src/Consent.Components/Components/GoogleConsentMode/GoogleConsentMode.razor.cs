using System.Text;
using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// Writes Google Consent Mode v2 signals into <c>window.dataLayer</c>: <c>gtag('consent', 'default', …)</c> with all
/// seven signals denied except <c>security_storage</c>, then <c>gtag('consent', 'update', …)</c> from the visitor's
/// decision when there is one. Place it in <c>&lt;head&gt;</c> before any Google tag so that no tag loads first.
/// </summary>
public sealed partial class GoogleConsentMode : ConsentComponentBase
{
    private string _script = string.Empty;
    private string? _nonce;

    /// <summary>Gets or sets the category behind <c>analytics_storage</c>. Defaults to <c>analytics</c>.</summary>
    [Parameter]
    public string AnalyticsCategory { get; set; } = CategoryKeys.Analytics;

    /// <summary>
    /// Gets or sets the category behind <c>ad_storage</c>, <c>ad_user_data</c> and <c>ad_personalization</c>.
    /// Defaults to <c>marketing</c>.
    /// </summary>
    [Parameter]
    public string MarketingCategory { get; set; } = CategoryKeys.Marketing;

    /// <summary>
    /// Gets or sets the category behind <c>functionality_storage</c> and <c>personalization_storage</c>.
    /// Defaults to <c>functional</c>.
    /// </summary>
    [Parameter]
    public string FunctionalCategory { get; set; } = CategoryKeys.Functional;

    /// <summary>Gets or sets the CSP nonce; when <see langword="null"/>, the nonce the host stored in <c>HttpContext.Items</c> for the request being rendered on the server (none in an interactive render).</summary>
    [Parameter]
    public string? Nonce { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        _nonce = GetNonce(Nonce);
        var state = GetPageState()?.Visitor;
        var script = new StringBuilder("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}");
        Append(script, "default", _ => false);
        if (state is { HasDecision: true })
        {
            Append(script, "update", state.IsGranted);
        }

        _script = script.ToString();
    }

    // Only fixed names and the words granted/denied are written, so nothing needs escaping.
    private void Append(StringBuilder script, string command, Func<string, bool> isGranted)
    {
        string Signal(string category) => isGranted(category) ? "granted" : "denied";
        var marketing = Signal(MarketingCategory);
        var functional = Signal(FunctionalCategory);
        script.Append("gtag('consent','").Append(command).Append("',{")
            .Append("ad_storage:'").Append(marketing)
            .Append("',ad_user_data:'").Append(marketing)
            .Append("',ad_personalization:'").Append(marketing)
            .Append("',analytics_storage:'").Append(Signal(AnalyticsCategory))
            .Append("',functionality_storage:'").Append(functional)
            .Append("',personalization_storage:'").Append(functional)
            .Append("',security_storage:'granted'});");
    }
}
