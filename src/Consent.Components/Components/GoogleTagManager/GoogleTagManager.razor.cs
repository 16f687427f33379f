using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// A Google Tag Manager container. Put <see cref="GoogleConsentMode"/> before it, so that every Google tag in the
/// container starts from the denied defaults, and read <c>window.Consent</c> (or the <c>consent:change</c> event)
/// in the container for other vendors' tags. In basic mode the container is written only once
/// <see cref="Category"/> is granted; in advanced mode it loads on every page.
/// </summary>
public sealed partial class GoogleTagManager : TagComponentBase
{
    private string _src = string.Empty;
    private string _script = string.Empty;

    /// <summary>Gets or sets the container ID, such as <c>GTM-XXXXXXX</c>. Required.</summary>
    [Parameter]
    [EditorRequired]
    public string ContainerId { get; set; } = string.Empty;

    /// <summary>Gets or sets the category the container needs in basic mode. Defaults to <c>analytics</c>.</summary>
    [Parameter]
    public string Category { get; set; } = CategoryKeys.Analytics;

    private protected override string LoadCategory => Category;

    private protected override void Compose()
    {
        var id = TagScript.Checked(ContainerId, TagScript.GoogleTagManagerId(), nameof(ContainerId), "a Google Tag Manager container ID such as GTM-XXXXXXX");
        _src = "https://www.googletagmanager.com/gtm.js?id=" + id;
        _script = "window.dataLayer=window.dataLayer||[];dataLayer.push({'gtm.start':Date.now(),event:'gtm.js'});";
    }
}
