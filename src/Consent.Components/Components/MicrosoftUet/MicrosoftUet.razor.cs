using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// Microsoft Advertising's UET tag with UET consent mode, which Microsoft requires for traffic from the EEA, the UK
/// and Switzerland: <c>uetq.push('consent', 'default', { ad_storage: 'denied' })</c> before the tag, then
/// <c>uetq.push('consent', 'update', { ad_storage })</c> from the visitor's decision and on each
/// <c>consent:change</c>. In basic mode nothing is written until <see cref="Category"/> is granted. Declare its
/// cookies with <c>options.DeclareTagCookies(ConsentTag.MicrosoftUet)</c>.
/// </summary>
public sealed partial class MicrosoftUet : TagComponentBase
{
    private string _script = string.Empty;

    /// <summary>Gets or sets the UET tag ID (<c>ti</c>, digits). Required.</summary>
    [Parameter]
    [EditorRequired]
    public string TagId { get; set; } = string.Empty;

    /// <summary>Gets or sets the category behind <c>ad_storage</c>. Defaults to <c>marketing</c>.</summary>
    [Parameter]
    public string Category { get; set; } = CategoryKeys.Marketing;

    private protected override string LoadCategory => Category;

    private protected override void Compose()
    {
        var id = TagScript.Checked(TagId, TagScript.NumericId(), nameof(TagId), "a UET tag ID (digits)");
        var update = HasDecision ? $"uetq.push('consent','update',{{ad_storage:'{TagScript.Signal(IsGranted(Category))}'}});" : string.Empty;
        _script = "window.uetq=window.uetq||[];uetq.push('consent','default',{ad_storage:'denied'});" + update
            + $"document.addEventListener('consent:change',function(e){{uetq.push('consent','update',{{ad_storage:{TagScript.ChangeGrants(Category)}?'granted':'denied'}});}});"
            // bat.js replaces the queue with the tag, which replays what was queued.
            + TagScript.Loader("https://bat.bing.com/bat.js", $"var q=window.uetq;window.uetq=new UET({{ti:'{id}',q:q}});window.uetq.push('pageLoad');");
    }
}
