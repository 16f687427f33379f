using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// The settings panel: most of the screen, a header with its title and a way back, one scrolling body, and a footer
/// with «أوافق», «أرفض» and «حفظ اختياراتي» that never scrolls away.
/// </summary>
[Collection(BrowserScenarios.Name)]
public sealed class SettingsPanelTests(BrowserFixture fixture)
{
    public static TheoryData<string, int, int, string> Views => BannerView.PhoneAndDesktop();

    [Theory]
    [Trait("Rule", "C2")]
    [Trait("Rule", "A8")]
    [MemberData(nameof(Views))]
    public async Task SettingsPanel_FillsMostOfTheScreen_ScrollsInOnePlace_AndKeepsHeaderAndFooterInView(string culture, int width, int height, string scheme)
    {
        await using var visit = await Visit.StartAsync(fixture, $"/?culture={culture}&consent=settings", BannerView.Options(width, height, scheme));
        var (_, page, banner) = visit;
        await Assertions.Expect(banner.SettingsLayer).ToBeVisibleAsync();
        await BannerView.ScreenshotAsync(page, $"settings-{culture}-{width}x{height}-{scheme}.png");

        var panel = await BannerProbe.BoxAsync(banner.Root);
        Assert.True(panel.InViewport);
        var share = panel.Height / height;
        Assert.True(share >= (BannerView.IsPhone(width) ? 0.90 : 0.70), $"the panel takes {share:P0} of the screen");

        // Every table unfolded: still one scroll container, and nothing scrolls sideways.
        foreach (var summary in await banner.SettingsLayer.Locator("summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        Assert.Equal(4, await banner.SettingsLayer.Locator("details[open] table").CountAsync());
        Assert.Equal(["consent-scroll"], await BannerProbe.ScrollContainersAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"));

        await banner.SettingsLayer.Locator(".consent-scroll").EvaluateAsync("el => el.scrollTop = el.scrollHeight");
        var last = await BannerProbe.LinesAsync(page, "#consent-settings .consent-scroll > :last-child");
        Assert.Equal(last.Total, last.Visible);
        await AssertHeaderAndFooterInViewAsync(banner);
        await BannerView.ScreenshotAsync(page, $"settings-scrolled-{culture}-{width}x{height}-{scheme}.png");
    }

    [Theory]
    [Trait("Rule", "A8")]
    [Trait("Rule", "A1")]
    [Trait("Rule", "C8")]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task SettingsPanel_AtTwoHundredPercentZoom_KeepsHeaderAndFooterInView_AndEverySwitchCanBeReachedAndSaved(string culture)
    {
        // A 1280×800 window at 200% zoom lays out as 640×400 CSS pixels: the panel's body is all that scrolls.
        await using var visit = await Visit.StartAsync(fixture, $"/?culture={culture}&consent=settings", BannerView.Options(640, 400, "light"));
        var (context, page, banner) = visit;
        await Assertions.Expect(banner.SettingsLayer).ToBeVisibleAsync();
        await AssertHeaderAndFooterInViewAsync(banner);
        Assert.Equal(["consent-scroll"], await BannerProbe.ScrollContainersAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"));

        foreach (var category in new[] { "functional", "analytics", "marketing" })
        {
            // Focused as Tab would focus it: the scroll body brings it into view, Space toggles it.
            await banner.Switch(category).FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(banner.Switch(category)).ToBeInViewportAsync(new() { Ratio = 1 });
            await Assertions.Expect(banner.Switch(category)).ToBeCheckedAsync();
        }

        await BannerView.ScreenshotAsync(page, $"settings-zoom-{culture}-640x400.png");
        await AssertHeaderAndFooterInViewAsync(banner);
        await banner.DecideAsync(banner.SettingsLayer.Locator(".consent-actions button[value=save]"));

        var recorded = Assert.Single(await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context)));
        Assert.Equal(["analytics", "functional", "marketing", "necessary"], recorded.Categories.Where(c => c.Granted).Select(c => c.Category).Order());
    }

    [Theory]
    [InlineData(320, 640)]
    [InlineData(1280, 800)]
    public async Task SettingsButton_OpensThePanel_AndBackReturnsToTheFirstLayer_WithoutDeciding(int width, int height)
    {
        await using var visit = await Visit.StartAsync(fixture, "/", BannerView.Options(width, height, "light"));
        var (context, page, banner) = visit;

        await ConsentBanner.WhileNavigatingAsync(page, () => banner.Settings.ClickAsync());
        await Assertions.Expect(banner.SettingsLayer).ToBeVisibleAsync();
        await AssertHeaderAndFooterInViewAsync(banner);
        await Assertions.Expect(banner.Root.Locator(".consent-body")).ToHaveCountAsync(0);

        await ConsentBanner.WhileNavigatingAsync(page, () => banner.Back.ClickAsync());

        await Assertions.Expect(banner.SettingsLayer).ToHaveCountAsync(0);
        await Assertions.Expect(banner.Accept).ToBeVisibleAsync();
        Assert.DoesNotContain(".Consent", await CookieJar.NamesAsync(context));
    }

    [Fact]
    [Trait("Rule", "C9")]
    public async Task FooterAccept_InThePanel_GrantsEverything_AsTheFirstLayersDoes()
    {
        await using var visit = await Visit.StartAsync(fixture, "/?consent=settings", BannerView.Options(320, 640, "light"));
        var (context, _, banner) = visit;

        await banner.DecideAsync(banner.Accept);

        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
        var recorded = Assert.Single(await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context)));
        Assert.Equal(Consent.Auditing.ConsentEventType.Grant, recorded.Type);
    }

    private static async Task AssertHeaderAndFooterInViewAsync(ConsentBanner banner)
    {
        var header = banner.SettingsLayer.Locator(".consent-head");
        await Assertions.Expect(header.Locator("h2")).ToBeInViewportAsync(new() { Ratio = 1 });
        var back = await BannerProbe.BoxAsync(banner.Back);
        Assert.True(back.InViewport && back.Height >= 44, $"«رجوع» is {back.Height} px tall at {back.Top}");
        await BannerView.AssertOneRowOfThreeEqualButtonsAsync(banner.SettingsLayer.Locator(".consent-actions button"));
    }
}
