using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>The gated parts of the sample's home page: the video embed and the analytics script.</summary>
internal static class SamplePage
{
    public static ILocator Video(IPage page) => page.Locator("iframe.video");

    public static ILocator VideoPlaceholder(IPage page) => page.Locator(".consent-placeholder");

    /// <summary>Whether <c>/js/analytics-demo.js</c> ran in this page.</summary>
    public static Task<bool> AnalyticsRanAsync(IPage page) => page.EvaluateAsync<bool>("() => window.analyticsDemoLoaded === true");

    /// <summary>Whether the page carries the gated script at all.</summary>
    public static Task<int> AnalyticsScriptCountAsync(IPage page) => page.Locator("script[src*='analytics-demo.js']").CountAsync();
}
