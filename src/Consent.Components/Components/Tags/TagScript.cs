using System.Text.RegularExpressions;

namespace Consent.Components;

/// <summary>What the tag components write into their inline scripts: vendor IDs checked first, so that nothing but a
/// well-formed ID ever lands inside a script.</summary>
internal static partial class TagScript
{
    /// <summary>Gets <c>granted</c> or <c>denied</c>.</summary>
    public static string Signal(bool granted) => granted ? "granted" : "denied";

    /// <summary>Gets a JavaScript expression that is true when the <c>consent:change</c> event <c>e</c> grants the category.</summary>
    public static string ChangeGrants(string category) => $"e.detail.granted.indexOf('{Checked(category, CategoryPattern(), "Category", "a category key")}')>=0";

    /// <summary>Gets a statement that inserts an async script from <paramref name="src"/>, running <paramref name="onload"/> once it has loaded.</summary>
    public static string Loader(string src, string? onload = null) =>
        $"(function(){{var s=document.createElement('script');s.async=true;s.src='{src}';"
        + (onload is null ? string.Empty : $"s.onload=function(){{{onload}}};")
        + "document.head.appendChild(s);})();";

    /// <summary>Returns the value when it matches the vendor's ID format; otherwise throws, naming the parameter.</summary>
    public static string Checked(string? value, Regex pattern, string parameter, string expected) =>
        value is not null && pattern.IsMatch(value)
            ? value
            : throw new InvalidOperationException($"{parameter} \"{value}\" is not {expected}.");

    [GeneratedRegex("^[a-z0-9_-]{1,64}$")]
    public static partial Regex CategoryPattern();

    [GeneratedRegex("^(G|AW|GT|DC)-[A-Z0-9]{4,20}$")]
    public static partial Regex GoogleTagId();

    [GeneratedRegex("^GTM-[A-Z0-9]{4,12}$")]
    public static partial Regex GoogleTagManagerId();

    [GeneratedRegex("^[0-9]{5,20}$")]
    public static partial Regex NumericId();

    [GeneratedRegex("^[a-z0-9]{6,16}$")]
    public static partial Regex ClarityProjectId();

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    public static partial Regex YouTubeVideoId();
}
