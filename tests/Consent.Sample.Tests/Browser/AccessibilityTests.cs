using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>axe-core finds nothing on the banner or the settings layer, in Arabic and English, wide and narrow.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    internal static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
    };

    public static TheoryData<string, string, int> Views => new()
    {
        { "ar", "banner", 1280 },
        { "ar", "banner", 320 },
        { "ar", "settings", 1280 },
        { "ar", "settings", 320 },
        { "en", "banner", 1280 },
        { "en", "banner", 320 },
        { "en", "settings", 1280 },
        { "en", "settings", 320 },
    };

    [Theory]
    [Trait("Rule", "A8")]
    [MemberData(nameof(Views))]
    public async Task BannerAndSettingsLayer_HaveNoAxeViolation_KeepTheButtonsOnScreen_AndAreScreenshotted(string culture, string layer, int width)
    {
        var path = layer == "settings" ? $"/?culture={culture}&consent=settings" : $"/?culture={culture}";
        await using var visit = await Visit.StartAsync(fixture, path, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var (_, page, banner) = visit;
        await Assertions.Expect(banner.Root).ToHaveAttributeAsync("lang", culture);
        var screenshot = BrowserFixture.ScreenshotPath($"{layer}-{culture}-{width}.png");
        if (layer == "settings")
        {
            // The settings layer scrolls inside the banner: show the visitor's whole screen with its heading in view.
            await Assertions.Expect(banner.SettingsLayer).ToBeVisibleAsync();
            await banner.SettingsLayer.Locator("h3").ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        }
        else
        {
            // Even at 320 px the three buttons are on screen, without scrolling the banner.
            foreach (var action in new[] { "accept-all", "reject-all" })
            {
                await Assertions.Expect(banner.Root.Locator($"button[value={action}]")).ToBeInViewportAsync(new() { Ratio = 1 });
            }

            await Assertions.Expect(banner.Root.Locator("button[form=consent-open-settings]")).ToBeInViewportAsync(new() { Ratio = 1 });
            await banner.Root.ScreenshotAsync(new LocatorScreenshotOptions { Path = screenshot });
        }

        var result = await page.RunAxe(WcagAA);

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
    }

    private static string Describe(AxeResultItem[] violations) => string.Join(
        "\n",
        violations.SelectMany(violation => violation.Nodes.Select(node => $"{violation.Id} ({violation.Impact}): {node.Target} {node.Html} — {string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message))}")));
}
