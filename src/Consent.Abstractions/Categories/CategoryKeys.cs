namespace Consent.Abstractions;

/// <summary>
/// The keys of the four categories the library ships texts for, in every language it ships. The server's
/// <c>ConsentCategory</c> constants are these, and the components rendered in WebAssembly use them too.
/// </summary>
public static class CategoryKeys
{
    /// <summary>Strictly necessary: always on, never asked for (COMPLIANCE C11).</summary>
    public const string Necessary = "necessary";

    /// <summary>Functional: preferences and features the visitor asked for beyond what is strictly necessary.</summary>
    public const string Functional = "functional";

    /// <summary>Analytics: statistics about visits.</summary>
    public const string Analytics = "analytics";

    /// <summary>Marketing: advertising and profiling; a sale/sharing category by default (COMPLIANCE G1).</summary>
    public const string Marketing = "marketing";
}
