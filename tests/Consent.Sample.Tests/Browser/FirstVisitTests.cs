using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>A fresh profile's first page: the banner asks, and nothing optional has happened yet.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class FirstVisitTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Rule", "C1")]
    public async Task FirstVisit_ShowsTheArabicRtlBanner_AndNothingOptionalRuns()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;

        await Assertions.Expect(banner.Root).ToBeVisibleAsync();
        await Assertions.Expect(banner.Root).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(banner.Root).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(banner.Root.Locator("h2")).ToHaveTextAsync("بيان الخصوصية وسياسة ملفات تعريف الارتباط");
        await Assertions.Expect(banner.Accept).ToBeVisibleAsync();
        await Assertions.Expect(banner.Reject).ToBeVisibleAsync();
        await Assertions.Expect(banner.Settings).ToBeVisibleAsync();

        Assert.Equal(0, await SamplePage.AnalyticsScriptCountAsync(page));
        Assert.False(await SamplePage.AnalyticsRanAsync(page));
        await Assertions.Expect(SamplePage.Video(page)).ToHaveCountAsync(0);
        await Assertions.Expect(SamplePage.VideoPlaceholder(page)).ToBeVisibleAsync();
        await CookieJar.AssertOnlyNecessaryAsync(context, "after the first page");
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task FirstVisit_DemoCookies_OnlyTheNecessaryOneReachesTheJar()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, _) = visit;
        await page.GotoAsync("/demo/cookies");

        var names = await CookieJar.NamesAsync(context);
        Assert.Contains("demo_session", names);
        Assert.DoesNotContain("mystery", names);
        await CookieJar.AssertOnlyNecessaryAsync(context, "after /demo/cookies");
    }
}
