using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// Microsoft Clarity with its consent API v2: <c>clarity('consentv2', { ad_Storage, analytics_Storage })</c> from
/// the visitor's decision (both denied before one) and again on each <c>consent:change</c>. Without consent Clarity
/// sets no cookie and keeps nothing across pages. In basic mode nothing is written until <see cref="Category"/> is
/// granted. Declare its cookies with <c>options.DeclareTagCookies(ConsentTag.MicrosoftClarity)</c>.
/// </summary>
public sealed partial class MicrosoftClarity : TagComponentBase
{
    private string _script = string.Empty;

    /// <summary>Gets or sets the Clarity project ID. Required.</summary>
    [Parameter]
    [EditorRequired]
    public string ProjectId { get; set; } = string.Empty;

    /// <summary>Gets or sets the category behind <c>analytics_Storage</c>, which Clarity needs in basic mode. Defaults to <c>analytics</c>.</summary>
    [Parameter]
    public string Category { get; set; } = CategoryKeys.Analytics;

    /// <summary>Gets or sets the category behind <c>ad_Storage</c>. Defaults to <c>marketing</c>.</summary>
    [Parameter]
    public string MarketingCategory { get; set; } = CategoryKeys.Marketing;

    private protected override string LoadCategory => Category;

    private protected override void Compose()
    {
        var id = TagScript.Checked(ProjectId, TagScript.ClarityProjectId(), nameof(ProjectId), "a Clarity project ID (lower-case letters and digits)");
        _script = "window.clarity=window.clarity||function(){(window.clarity.q=window.clarity.q||[]).push(arguments);};"
            + $"clarity('consentv2',{{ad_Storage:'{TagScript.Signal(IsGranted(MarketingCategory))}',analytics_Storage:'{TagScript.Signal(IsGranted(Category))}'}});"
            + $"document.addEventListener('consent:change',function(e){{clarity('consentv2',{{ad_Storage:{TagScript.ChangeGrants(MarketingCategory)}?'granted':'denied',analytics_Storage:{TagScript.ChangeGrants(Category)}?'granted':'denied'}});}});"
            + TagScript.Loader("https://www.clarity.ms/tag/" + id);
    }
}
