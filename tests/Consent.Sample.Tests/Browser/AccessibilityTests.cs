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

    public static TheoryData<string, string, int, string> Views()
    {
        var views = new TheoryData<string, string, int, string>();
        foreach (var culture in new[] { "ar", "en" })
        {
            foreach (var layer in new[] { "banner", "settings" })
            {
                foreach (var width in new[] { 1280, 320 })
                {
                    foreach (var scheme in new[] { "light", "dark" })
                    {
                        views.Add(culture, layer, width, scheme);
                    }
                }
            }
        }

        return views;
    }

    [Theory]
    [Trait("Rule", "A5")]
    [Trait("Rule", "A8")]
    [MemberData(nameof(Views))]
    public async Task BannerAndSettingsLayer_HaveNoAxeViolation_AndKeepTheButtonsOnScreen(string culture, string layer, int width, string scheme)
    {
        var path = layer == "settings" ? $"/?culture={culture}&consent=settings" : $"/?culture={culture}";
        var height = width == 320 ? 640 : 800;
        await using var visit = await Visit.StartAsync(fixture, path, BannerView.Options(width, height, scheme));
        var (_, page, banner) = visit;
        await Assertions.Expect(banner.Root).ToHaveAttributeAsync("lang", culture);
        if (layer == "settings")
        {
            await Assertions.Expect(banner.SettingsLayer).ToBeVisibleAsync();

            // axe also reads the unfolded cookie tables.
            foreach (var summary in await banner.SettingsLayer.Locator("summary").AllAsync())
            {
                await summary.ClickAsync();
            }
        }

        // Even at 320 px the three buttons of either layer are on screen, without scrolling the banner.
        foreach (var button in await banner.Root.Locator(".consent-actions button").AllAsync())
        {
            await Assertions.Expect(button).ToBeInViewportAsync(new() { Ratio = 1 });
        }

        var result = await page.RunAxe(WcagAA);

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
    }

    private static string Describe(AxeResultItem[] violations) => string.Join(
        "\n",
        violations.SelectMany(violation => violation.Nodes.Select(node => $"{violation.Id} ({violation.Impact}): {node.Target} {node.Html} — {string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message))}")));
}
