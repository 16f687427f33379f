using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// A <c>script</c> element written only when <see cref="Category"/> is granted for this request, so that a tag that
/// sets cookies never reaches a browser that did not agree (COMPLIANCE C1). Carries the CSP nonce of the request:
/// <see cref="Nonce"/>, or the value the host stored in <c>HttpContext.Items</c> under
/// <see cref="ConsentComponentsOptions.CspNonceItemKey"/>.
/// </summary>
/// <remarks>
/// Browsers do not run scripts that Blazor's enhanced navigation patches into a page. Render gated scripts in
/// static SSR pages reached by a full load (the consent form always reloads the page), or mark links to such pages
/// with <c>data-enhance-nav="false"</c>.
/// </remarks>
public sealed partial class ConsentScript : ConsentComponentBase
{
    private bool _granted;
    private string? _nonce;

    /// <summary>Gets or sets the key of the category the script needs, such as <c>analytics</c>. Required.</summary>
    [Parameter]
    [EditorRequired]
    public string Category { get; set; } = string.Empty;

    /// <summary>Gets or sets the script's URL. Ignored when <see cref="Code"/> is set.</summary>
    [Parameter]
    public string? Src { get; set; }

    /// <summary>Gets or sets inline JavaScript, written as is. Never put visitor input in it.</summary>
    [Parameter]
    public string? Code { get; set; }

    /// <summary>Gets or sets the <c>type</c> attribute, such as <c>module</c>; none by default.</summary>
    [Parameter]
    public string? Type { get; set; }

    /// <summary>Gets or sets whether the external script loads with <c>async</c>.</summary>
    [Parameter]
    public bool Async { get; set; }

    /// <summary>Gets or sets whether the external script loads with <c>defer</c>.</summary>
    [Parameter]
    public bool Defer { get; set; }

    /// <summary>Gets or sets the CSP nonce; when <see langword="null"/>, the nonce the host stored in <c>HttpContext.Items</c> for the request being rendered on the server (none in an interactive render).</summary>
    [Parameter]
    public string? Nonce { get; set; }

    /// <summary>Gets or sets further attributes of the <c>script</c> element, such as <c>integrity</c> or <c>data-*</c>.</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        _granted = GetPageState()?.Visitor?.IsGranted(Category) == true;
        _nonce = GetNonce(Nonce);
    }
}
