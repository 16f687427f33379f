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
        var values = System.Web.HttpUtility.ParseQueryString(new Uri(navigation.Uri).Query).GetValues(Parameter);
        return values is not null && values.Contains(Value, StringComparer.Ordinal);
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
        var parsed = System.Web.HttpUtility.ParseQueryString(uri.Query);
        // A bare "?flag" parses as a value under the null key; it goes back as "flag=".
        var query = parsed.AllKeys
            .SelectMany(key => (parsed.GetValues(key) ?? []).Select(value => key is null ? (Name: value, Value: string.Empty) : (Name: key, Value: value)))
            .Where(pair => !string.Equals(pair.Name, Parameter, StringComparison.Ordinal))
            .ToList();
        return (uri.AbsolutePath + "#" + SettingsId, query);
    }

    /// <summary>Gets the local URL of the current page without the request, to return to after a decision.</summary>
    public static string Closed(NavigationManager navigation) =>
        Local(navigation.GetUriWithQueryParameter(Parameter, (string?)null));

    private static string Local(string absolute) => new Uri(absolute).PathAndQuery;
}
