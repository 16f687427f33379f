using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// The query parameter that reopens the settings layer on any page (<c>?consent=settings</c>), so that withdrawing
/// works with a plain link and no script (COMPLIANCE C9).
/// </summary>
internal static class PreferencesUrl
{
    public const string Parameter = "consent";
    public const string Value = "settings";
    public const string SettingsId = "consent-settings";

    /// <summary>The fragment the settings layer returns to after saving; it shows «تم حفظ اختيارك.».</summary>
    public const string SavedId = "consent-saved";

    /// <summary>Gets whether the current URL asks for the settings layer.</summary>
    public static bool IsRequested(NavigationManager navigation)
    {
        return Parse(new Uri(navigation.Uri).Query).Any(pair => pair is (Parameter, Value));
    }

    /// <summary>Gets the local URL of the current page with the settings layer open.</summary>
    public static string Open(NavigationManager navigation) =>
        Local(navigation.GetUriWithQueryParameter(Parameter, Value)) + "#" + SettingsId;

    /// <summary>
    /// Gets what a GET form needs to reopen the current page with the settings layer open: the action (path and
    /// fragment) and the page's other query parameters, which a GET form would otherwise drop.
    /// </summary>
    public static (string Action, IReadOnlyList<(string Name, string Value)> Query) OpenForm(NavigationManager navigation)
    {
        var uri = new Uri(navigation.Uri);
        var query = Parse(uri.Query).Where(pair => !string.Equals(pair.Name, Parameter, StringComparison.Ordinal)).ToList();
        return (uri.AbsolutePath + "#" + SettingsId, query);
    }

    /// <summary>Gets the local URL of the current page without the request, to return to after a decision.</summary>
    public static string Closed(NavigationManager navigation) =>
        Local(navigation.GetUriWithQueryParameter(Parameter, (string?)null));

    private static string Local(string absolute) => new Uri(absolute).PathAndQuery;

    // Names are case-sensitive and kept in order, as the server reads them; a bare "flag" is ("flag", "").
    private static IEnumerable<(string Name, string Value)> Parse(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            return equals < 0 ? (Decode(pair), string.Empty) : (Decode(pair[..equals]), Decode(pair[(equals + 1)..]));
        });

    private static string Decode(string component) => Uri.UnescapeDataString(component.Replace('+', ' '));
}
