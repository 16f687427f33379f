using Consent.AspNetCore;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>A browser that sends <c>Sec-GPC: 1</c> on every request (G1, G2).</summary>
[Collection(BrowserScenarios.Name)]
public sealed class GlobalPrivacyControlTests
{
    private readonly BrowserFixture _fixture;

    public GlobalPrivacyControlTests(BrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task WithGpc_TheNoticeIsShown_AndAcceptDoesNotSetTheMarketingCookie_G1_G2()
    {
        await using var context = await _fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Sec-GPC"] = "1" },
        });
        var page = await context.NewPageAsync();
        var banner = new ConsentBanner(page);
        await page.GotoAsync("/");

        await Assertions.Expect(banner.GpcNotice).ToBeVisibleAsync();
        await Assertions.Expect(banner.GpcNotice).ToContainTextAsync("التحكم العالمي في الخصوصية");
        await banner.DecideAsync(banner.Accept);

        await Assertions.Expect(SamplePage.VideoPlaceholder(page)).ToBeVisibleAsync();
        await page.GotoAsync("/demo/cookies");
        var names = await CookieJar.NamesAsync(context);
        Assert.Contains("_ga", names);
        Assert.DoesNotContain("ad_id", names);

        var recorded = Assert.Single(await AuditStore.EventsAsync(_fixture.Server, await AuditStore.ConsentIdAsync(context)));
        Assert.Equal(ConsentEventType.GpcOptOut, recorded.Type);
        Assert.True(recorded.GlobalPrivacyControl);
    }

    [Fact]
    public async Task WithGpc_TheSettingsLayerSaysTheSignalWasHonoured_G2()
    {
        await using var context = await _fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Sec-GPC"] = "1" },
        });
        var page = await context.NewPageAsync();
        var banner = new ConsentBanner(page);
        await page.GotoAsync("/?consent=settings");

        await Assertions.Expect(banner.SettingsLayer.Locator(".consent-gpc")).ToBeVisibleAsync();
        await Assertions.Expect(banner.Switch("marketing")).Not.ToBeCheckedAsync();
    }
}
