using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// The Google tag (<c>gtag.js</c>) for Google Analytics 4 or Google Ads. Consent signals come from
/// <see cref="GoogleConsentMode"/>, which must come before it in <c>&lt;head&gt;</c>. In basic mode the tag is written
/// only once <see cref="Category"/> is granted; in advanced mode it loads on every page and Google's tags follow the
/// denied signals until the visitor grants. Declare its cookies with <c>options.DeclareTagCookies(ConsentTag.GoogleAnalytics)</c>.
/// </summary>
public sealed partial class GoogleTag : TagComponentBase
{
    private string _src = string.Empty;
    private string _script = string.Empty;

    /// <summary>Gets or sets the tag ID, such as <c>G-XXXXXXXXXX</c> (GA4) or <c>AW-123456789</c> (Google Ads). Required.</summary>
    [Parameter]
    [EditorRequired]
    public string TagId { get; set; } = string.Empty;

    /// <summary>Gets or sets the category the tag needs in basic mode. Defaults to <c>analytics</c>; use <c>marketing</c> for Google Ads.</summary>
    [Parameter]
    public string Category { get; set; } = CategoryKeys.Analytics;

    private protected override string LoadCategory => Category;

    private protected override void Compose()
    {
        var id = TagScript.Checked(TagId, TagScript.GoogleTagId(), nameof(TagId), "a Google tag ID such as G-XXXXXXXXXX or AW-123456789");
        _src = "https://www.googletagmanager.com/gtag/js?id=" + id;
        _script = $"window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{id}');";
    }
}
