namespace Consent.Components;

/// <summary>
/// The keys of the categories the library ships texts for. The server's <c>ConsentCategory</c> constants are these,
/// so components rendered in WebAssembly (which cannot load the server assembly) use the same keys.
/// </summary>
internal static class CategoryKeys
{
    public const string Necessary = "necessary";
    public const string Functional = "functional";
    public const string Analytics = "analytics";
    public const string Marketing = "marketing";
}
