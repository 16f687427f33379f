// The form contract is shared by the endpoint (server) and the components (server and WebAssembly), so it lives in
// the browser-safe assembly; it keeps the endpoint's namespace because that is where a banner of your own looks.
namespace Consent.Abstractions;

/// <summary>
/// The field names and values the consent endpoint reads, from an HTML form or the same names in JSON.
/// A banner of your own posts these; the shipped components use them too.
/// </summary>
public static class ConsentFormNames
{
    /// <summary>The field that says what to do: <see cref="AcceptAll"/>, <see cref="RejectAll"/> or <see cref="Save"/>.</summary>
    public const string Action = "action";

    /// <summary>The repeated field with the keys of the granted categories, for <see cref="Save"/>.</summary>
    public const string Categories = "categories";

    /// <summary>The local URL to return to with 303 See Other.</summary>
    public const string ReturnUrl = "returnUrl";

    /// <summary>Which layer the control was on: <c>banner</c>, <c>settings</c>, <c>placeholder</c>, <c>page</c> or <c>api</c>.</summary>
    public const string Layer = "layer";

    /// <summary>The culture name of the text shown.</summary>
    public const string Language = "language";

    /// <summary>The SHA-256 of the text shown (see <see cref="ConsentTextHash"/>).</summary>
    public const string TextHash = "textHash";

    /// <summary>«أوافق»: grant every optional category.</summary>
    public const string AcceptAll = "accept-all";

    /// <summary>«أرفض»: refuse every optional category.</summary>
    public const string RejectAll = "reject-all";

    /// <summary>Save a choice per category.</summary>
    public const string Save = "save";
}
