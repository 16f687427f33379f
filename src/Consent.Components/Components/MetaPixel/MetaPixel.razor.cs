using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// The Meta Pixel with Meta's consent calls: <c>fbq('consent', 'revoke')</c> before <c>init</c> on every page while
/// <see cref="Category"/> is not granted, <c>fbq('consent', 'grant')</c> once it is, and the same calls when a
/// <c>consent:change</c> event changes it. Under GPC, marketing stays revoked (G1). In basic mode nothing is written
/// until the category is granted. Declare its cookies with <c>options.DeclareTagCookies(ConsentTag.MetaPixel)</c>.
/// </summary>
public sealed partial class MetaPixel : TagComponentBase
{
    private string _script = string.Empty;

    /// <summary>Gets or sets the pixel ID (digits). Required.</summary>
    [Parameter]
    [EditorRequired]
    public string PixelId { get; set; } = string.Empty;

    /// <summary>Gets or sets the category the pixel needs. Defaults to <c>marketing</c>.</summary>
    [Parameter]
    public string Category { get; set; } = CategoryKeys.Marketing;

    private protected override string LoadCategory => Category;

    private protected override void Compose()
    {
        var id = TagScript.Checked(PixelId, TagScript.NumericId(), nameof(PixelId), "a Meta Pixel ID (digits)");
        var consent = IsGranted(Category) ? "grant" : "revoke";
        // The queue fbevents.js takes over when it loads: calls made before then wait in fbq.queue.
        _script = "window.fbq||function(){var n=window.fbq=window._fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments);};n.push=n;n.loaded=true;n.version='2.0';n.queue=[];}();"
            + $"fbq('consent','{consent}');fbq('init','{id}');fbq('track','PageView');"
            + $"document.addEventListener('consent:change',function(e){{fbq('consent',{TagScript.ChangeGrants(Category)}?'grant':'revoke');}});";
    }
}
