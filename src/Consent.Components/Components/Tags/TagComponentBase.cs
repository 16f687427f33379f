using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>What every tag component has: its category, its mode, the CSP nonce, and the visitor's grant.</summary>
public abstract class TagComponentBase : ConsentComponentBase
{
    private protected TagComponentBase()
    {
    }

    /// <summary>Gets or sets how the vendor's script loads before the category is granted. Defaults to <see cref="TagConsentMode.Basic"/>.</summary>
    [Parameter]
    public TagConsentMode Mode { get; set; }

    /// <summary>Gets or sets the CSP nonce; when <see langword="null"/>, the nonce the host stored in <c>HttpContext.Items</c> for the request being rendered on the server (none in an interactive render).</summary>
    [Parameter]
    public string? Nonce { get; set; }

    /// <summary>Gets the nonce to write.</summary>
    private protected string? ScriptNonce { get; private set; }

    /// <summary>Gets whether the visitor has a decision (GPC applied to what it grants).</summary>
    private protected bool HasDecision { get; private set; }

    /// <summary>Gets whether the vendor's script is written: always in advanced mode, once granted in basic mode.</summary>
    private protected bool Loads { get; private set; }

    /// <summary>Gets the category whose grant decides whether the script loads in basic mode.</summary>
    private protected abstract string LoadCategory { get; }

    /// <summary>Gets whether a category is granted for this render; an unknown visitor grants nothing (C5).</summary>
    private protected bool IsGranted(string category) => GetPageState()?.Visitor?.IsGranted(category) == true;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        ScriptNonce = GetNonce(Nonce);
        HasDecision = GetPageState()?.Visitor?.HasDecision == true;
        Loads = Mode == TagConsentMode.Advanced || IsGranted(LoadCategory);
        Compose();
    }

    /// <summary>Builds what the component writes, after the common state is known.</summary>
    private protected abstract void Compose();
}
