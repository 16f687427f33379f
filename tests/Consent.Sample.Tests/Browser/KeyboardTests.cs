using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>Keyboard only: Tab reaches every control through the page, Enter and Space press them.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class KeyboardTests(BrowserFixture fixture)
{
    [Theory]
    [Trait("Rule", "A1")]
    [Trait("Rule", "A4")]
    [InlineData("أوافق", "Enter", ConsentEventType.Grant)]
    [InlineData("أرفض", "Space", ConsentEventType.Refusal)]
    public async Task TabThroughThePage_ThenPressAButton_Decides(string button, string key, ConsentEventType expected)
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;

        var target = button == "أوافق" ? banner.Accept : banner.Reject;
        await FocusProbe.TabToAsync(page, target);
        await ConsentBanner.WhileNavigatingAsync(page, () => page.Keyboard.PressAsync(key));

        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
        var recorded = Assert.Single(await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context)));
        Assert.Equal(expected, recorded.Type);
    }

    [Fact]
    [Trait("Rule", "A1")]
    [Trait("Rule", "A4")]
    public async Task TabCyclesThroughThePageAndTheBanner_WithoutATrap_AndEveryFocusIsVisible()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (_, page, banner) = visit;

        // Blazor focuses the <h1> on load; from there Tab runs through the banner, past the end, and back to the top.
        var visited = await FocusProbe.TabToAsync(page, page.Locator("header a[lang=fr]"));

        Assert.Contains(visited, element => element.Contains("consent-link", StringComparison.Ordinal));
        foreach (var action in new[] { "accept-all", "reject-all" })
        {
            Assert.Contains(visited, element => element.Contains($"value=\"{action}\"", StringComparison.Ordinal));
        }

        Assert.Contains(visited, element => element.Contains("form=\"consent-open-settings\"", StringComparison.Ordinal));
        await Assertions.Expect(banner.Root).ToBeVisibleAsync();
    }

    [Fact]
    [Trait("Rule", "A1")]
    [Trait("Rule", "A4")]
    public async Task Settings_ByKeyboard_OpensTheLayer_TogglesASwitchWithSpace_AndSavesWithEnter()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;

        await FocusProbe.TabToAsync(page, banner.Settings);
        await ConsentBanner.WhileNavigatingAsync(page, () => page.Keyboard.PressAsync("Enter"));
        await Assertions.Expect(banner.SettingsLayer).ToBeVisibleAsync();

        await FocusProbe.TabToAsync(page, banner.Switch("analytics"));
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(banner.Switch("analytics")).ToBeCheckedAsync();
        await FocusProbe.TabToAsync(page, banner.Save);
        await ConsentBanner.WhileNavigatingAsync(page, () => page.Keyboard.PressAsync("Enter"));

        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
        var recorded = Assert.Single(await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context)));
        Assert.Equal(ConsentEventType.PartialChoice, recorded.Type);
        Assert.Equal(["analytics"], recorded.Categories.Where(c => c.Granted && c.Category != "necessary").Select(c => c.Category));
    }
}
