using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>«أوافق»: everything optional starts, the decision is in the audit log, and the banner does not come back.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class AcceptTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Accept_StartsAnalyticsAndMarketing_RecordsAGrant_AndTheBannerStaysGone()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;

        await banner.DecideAsync(banner.Accept);

        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
        await Assertions.Expect(SamplePage.Video(page)).ToBeVisibleAsync();
        await Assertions.Expect(page.FrameLocator("iframe.video").Locator("body")).ToContainTextAsync("مشغّل فيديو تجريبي");
        await page.WaitForFunctionAsync("() => document.cookie.includes('_ga_demo=')");
        Assert.True(await SamplePage.AnalyticsRanAsync(page));

        await page.GotoAsync("/demo/cookies");
        var names = await CookieJar.NamesAsync(context);
        Assert.Contains(".Consent", names);
        Assert.Contains("_ga_demo", names);
        Assert.Contains("_ga", names);
        Assert.Contains("ad_id", names);
        Assert.Contains("demo_pref", names);
        Assert.DoesNotContain("mystery", names);

        var consentId = await AuditStore.ConsentIdAsync(context);
        var recorded = Assert.Single(await AuditStore.EventsAsync(fixture.Server, consentId));
        Assert.Equal(ConsentEventType.Grant, recorded.Type);
        Assert.Equal("banner:accept-all", recorded.Control);
        Assert.All(recorded.Categories, category => Assert.True(category.Granted, category.Category));

        await page.GotoAsync("/");
        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
    }
}
