using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>A browser that sends <c>Sec-GPC: 1</c> on every request.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class GlobalPrivacyControlTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "G2")]
    public async Task WithGpc_TheNoticeIsShown_AndAcceptDoesNotSetTheMarketingCookie()
    {
        await using var visit = await Visit.StartAsync(fixture, "/", SendingGpc());
        var (context, page, banner) = visit;

        await Assertions.Expect(banner.GpcNotice).ToBeVisibleAsync();
        await Assertions.Expect(banner.GpcNotice).ToContainTextAsync("التحكم العالمي في الخصوصية");
        await banner.DecideAsync(banner.Accept);

        await Assertions.Expect(SamplePage.VideoPlaceholder(page)).ToBeVisibleAsync();
        await page.GotoAsync("/demo/cookies");
        var names = await CookieJar.NamesAsync(context);
        Assert.Contains("_ga", names);
        Assert.DoesNotContain("ad_id", names);

        var recorded = Assert.Single(await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context)));
        Assert.Equal(ConsentEventType.GpcOptOut, recorded.Type);
        Assert.True(recorded.GlobalPrivacyControl);
    }

    [Fact]
    [Trait("Rule", "G2")]
    [Trait("Rule", "G3")]
    public async Task WithGpc_TheSettingsLayerSaysSo_AndAnExplicitMarketingOptInStillWorks()
    {
        await using var visit = await Visit.StartAsync(fixture, "/?consent=settings", SendingGpc());
        var (context, page, banner) = visit;

        await Assertions.Expect(banner.SettingsLayer.Locator(".consent-gpc")).ToBeVisibleAsync();
        await Assertions.Expect(banner.Switch("marketing")).Not.ToBeCheckedAsync();
        await banner.Switch("marketing").CheckAsync();
        await banner.DecideAsync(banner.Save);

        await page.GotoAsync("/demo/cookies");
        Assert.Contains("ad_id", await CookieJar.NamesAsync(context));
        var recorded = Assert.Single(await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context)));
        Assert.True(recorded.GlobalPrivacyControl);
    }

    // New options for each visit: BrowserFixture.NewContextAsync fills in the object it is given.
    private static BrowserNewContextOptions SendingGpc() => new()
    {
        ExtraHTTPHeaders = new Dictionary<string, string> { ["Sec-GPC"] = "1" },
    };
}
