using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// The first layer as a visitor sees it: on a 320×640 phone the whole explanation is readable without scrolling and
/// the three buttons sit on one row, within 70% of the screen; on a desktop it is a compact bar.
/// </summary>
[Collection(BrowserScenarios.Name)]
public sealed class FirstLayerLayoutTests(BrowserFixture fixture)
{
    public static TheoryData<string, int, int, string> Views => BannerView.PhoneAndDesktop();

    [Theory]
    [Trait("Rule", "C2")]
    [Trait("Rule", "A8")]
    [MemberData(nameof(Views))]
    public async Task FirstLayer_ShowsTheWholeExplanation_AndThreeEqualButtonsOnOneRow(string culture, int width, int height, string scheme)
    {
        await using var visit = await Visit.StartAsync(fixture, $"/?culture={culture}", BannerView.Options(width, height, scheme));
        var (_, page, banner) = visit;
        await Assertions.Expect(banner.Root).ToBeVisibleAsync();

        foreach (var text in new[] { "#consent-banner-heading", "#consent-banner .consent-body > p" })
        {
            var lines = await BannerProbe.LinesAsync(page, text);
            Assert.True(lines.Total >= 1, text);
            Assert.Equal(0, lines.Cut);
            Assert.Equal(lines.Total, lines.Visible);
        }

        var bar = await BannerProbe.BoxAsync(banner.Root);
        var share = bar.Height / height;
        Assert.True(share <= (BannerView.IsPhone(width) ? 0.70 : 0.30), $"the first layer takes {share:P0} of the screen");

        await BannerView.AssertOneRowOfThreeEqualButtonsAsync(banner.Root.Locator(".consent-actions button"));

        await BannerView.ScreenshotAsync(page, $"first-layer-{culture}-{width}x{height}-{scheme}.png");
    }

    [Theory]
    [Trait("Rule", "G2")]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task FirstLayer_OnAPhoneWithTheGpcNotice_StillShowsFiveWholeLinesOfTheExplanation_AndTheButtons(string culture)
    {
        var options = BannerView.Options(320, 640, "light");
        options.ExtraHTTPHeaders = new Dictionary<string, string> { ["Sec-GPC"] = "1" };
        await using var visit = await Visit.StartAsync(fixture, $"/?culture={culture}", options);
        var (_, page, banner) = visit;
        await Assertions.Expect(banner.GpcNotice).ToBeAttachedAsync();

        var lines = await BannerProbe.LinesAsync(page, "#consent-banner .consent-body > p");
        Assert.True(lines.Visible >= Math.Min(5, lines.Total), $"{lines.Visible} of {lines.Total} lines visible");
        Assert.Equal(0, lines.Cut);
        await BannerView.AssertOneRowOfThreeEqualButtonsAsync(banner.Root.Locator(".consent-actions button"));

        Assert.True((await BannerProbe.BoxAsync(banner.Root)).Height <= 0.70 * 640);
        await BannerView.ScreenshotAsync(page, $"first-layer-gpc-{culture}-320x640.png");
    }

    [Theory]
    [Trait("Rule", "A8")]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task FirstLayer_AtTwoHundredPercentZoom_KeepsTheButtonsInView_AndTheTextScrollsToItsEnd(string culture)
    {
        // A 1280×800 window at 200% zoom lays out as 640×400 CSS pixels.
        await using var visit = await Visit.StartAsync(fixture, $"/?culture={culture}", BannerView.Options(640, 400, "light"));
        var (_, page, banner) = visit;

        await BannerView.AssertOneRowOfThreeEqualButtonsAsync(banner.Root.Locator(".consent-actions button"));

        await banner.Root.Locator(".consent-body").EvaluateAsync("el => el.scrollTop = el.scrollHeight");
        var link = await BannerProbe.BoxAsync(banner.Root.Locator(".consent-body a"));
        Assert.True(link.InViewport, "the privacy link at the end of the text can be scrolled into view");
    }

    [Theory]
    [Trait("Rule", "A4")]
    [InlineData(320, 640, "")]
    [InlineData(1280, 800, "")]
    [InlineData(1280, 800, "&consent=settings")]
    public async Task EndOfThePage_ScrollsAboveTheBanner_SoTheFooterLinkCanBeClicked(int width, int height, string query)
    {
        // On a phone the settings panel takes 94% of the screen: there «رجوع» closes it (SettingsPanelTests).
        await using var visit = await Visit.StartAsync(fixture, "/?culture=ar" + query, BannerView.Options(width, height, "light"));
        var (_, page, banner) = visit;
        await Assertions.Expect(banner.Root).ToBeVisibleAsync();

        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        var link = await BannerProbe.BoxAsync(banner.FooterLink);
        var bar = await BannerProbe.BoxAsync(banner.Root);

        Assert.True(link.Bottom <= bar.Top, $"the footer link ends at {link.Bottom}, the banner starts at {bar.Top}");
        Assert.True(await banner.FooterLink.EvaluateAsync<bool>(
            "el => { const r = el.getBoundingClientRect(); const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return el === hit || el.contains(hit); }"));
    }
}
