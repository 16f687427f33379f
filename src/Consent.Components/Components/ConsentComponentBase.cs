using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// What the consent components are built on: the consent state of the render in progress and the texts in the
/// visitor's language. Only the components of this package derive from it.
/// </summary>
public abstract class ConsentComponentBase : ComponentBase
{
    // What the components share is not a contract for other components to build on.
    private protected ConsentComponentBase()
    {
    }

    /// <summary>Gets the texts the component shows, in the current UI culture.</summary>
    [Inject]
    private protected ConsentText Text { get; set; } = default!;

    [Inject]
    private ConsentStateAccessor State { get; set; } = default!;

    /// <summary>
    /// Gets the policy and the visitor's consent to render from, or <see langword="null"/> when nothing is known.
    /// Only a render that is not interactive reads the request.
    /// </summary>
    private protected ConsentPageState? GetPageState() => State.Get(RendererInfo);

    /// <summary>Records a text about to be shown, in the texts' language, and returns the hash a decision posts with it (COMPLIANCE R4).</summary>
    /// <param name="text">The exact text.</param>
    private protected Task<string> RecordShownTextAsync(string text) =>
        State.RecordShownTextAsync(RendererInfo, Text.LanguageTag, text);

    /// <summary>Gets the CSP nonce for a script: the explicit one, else the request's while one is being rendered.</summary>
    /// <param name="explicitNonce">The nonce the page passed, if any.</param>
    private protected string? GetNonce(string? explicitNonce) => State.Nonce(RendererInfo, explicitNonce);
}
