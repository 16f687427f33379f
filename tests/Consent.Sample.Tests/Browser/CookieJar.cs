using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>What the browser's own cookie jar holds, sorted by the sample's declared categories.</summary>
internal static class CookieJar
{
    /// <summary>Analytics cookies: <c>_ga</c> from <c>/demo/cookies</c>, <c>_ga_demo</c> from the gated script.</summary>
    public static readonly string[] Analytics = ["_ga", "_ga_demo"];

    public static readonly string[] Marketing = ["ad_id"];

    public static readonly string[] Functional = ["demo_pref"];

    public static readonly string[] Optional = [.. Functional, .. Analytics, .. Marketing];

    public static async Task<IReadOnlyList<string>> NamesAsync(IBrowserContext context) =>
        [.. (await context.CookiesAsync()).Select(cookie => cookie.Name).Order(StringComparer.Ordinal)];

    /// <summary>The closed list of necessary cookies the sample may set; anything else needs consent.</summary>
    public static bool IsNecessary(string name) =>
        name is ".Consent" or ".AspNetCore.Culture" or "demo_session"
        || name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal);

    /// <summary>Fails, naming the jar, if it holds anything but necessary cookies.</summary>
    public static async Task AssertOnlyNecessaryAsync(IBrowserContext context, string when)
    {
        var names = await NamesAsync(context);
        Assert.True(names.All(IsNecessary), $"{when}: the jar holds [{string.Join(", ", names)}]");
    }
}
