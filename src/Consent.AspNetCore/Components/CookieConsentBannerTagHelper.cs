using System.Text.Encodings.Web;
using Consent.Components;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Consent.AspNetCore;

/// <summary>
/// <c>&lt;cookie-consent-banner /&gt;</c> for Razor Pages and MVC layouts: renders <see cref="CookieConsentBanner"/>
/// (static, no script needed) and, while the banner shows, the small page stylesheet that keeps focused elements
/// clear of it (COMPLIANCE A4), which a Blazor page gets through <c>HeadOutlet</c> and a <c>.cshtml</c> layout has no
/// other way to receive. Register with <c>@addTagHelper *, Consent.AspNetCore</c> in <c>_ViewImports.cshtml</c>.
/// </summary>
[HtmlTargetElement("cookie-consent-banner", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CookieConsentBannerTagHelper : TagHelper
{
    /// <summary>The stylesheet the banner adds to the page's head while it shows.</summary>
    internal const string PageStylesheet = "/_content/Consent.Components/consent-page.css";

    private readonly IHtmlHelper _html;

    /// <summary>Creates the tag helper.</summary>
    /// <param name="html">The view's HTML helper, which renders components.</param>
    public CookieConsentBannerTagHelper(IHtmlHelper html) => _html = html;

    /// <summary>Gets or sets the view being rendered; set by the Razor runtime.</summary>
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    /// <inheritdoc />
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ((IViewContextAware)_html).Contextualize(ViewContext);
        var banner = await _html.RenderComponentAsync<CookieConsentBanner>(RenderMode.Static).ConfigureAwait(false);
        output.TagName = null;

        // The banner renders nothing once the visitor has decided; then the page needs no stylesheet either.
        // A rendered component writes itself on its renderer's dispatcher, which the asynchronous write switches to.
        using var text = new StringWriter();
        if (banner is IHtmlAsyncContent asynchronous)
        {
            await asynchronous.WriteToAsync(text).ConfigureAwait(false);
        }
        else
        {
            banner.WriteTo(text, HtmlEncoder.Default);
        }

        var markup = text.ToString();
        if (string.IsNullOrWhiteSpace(markup))
        {
            output.SuppressOutput();
            return;
        }

        var href = ViewContext.HttpContext.Request.PathBase.Add(PageStylesheet).ToUriComponent();
        output.Content.SetHtmlContent(new HtmlContentBuilder()
            .AppendHtml("<link rel=\"stylesheet\" href=\"")
            .Append(href)
            .AppendHtml("\" />")
            .AppendHtml(markup));
    }
}
