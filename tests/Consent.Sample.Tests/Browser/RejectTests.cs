using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>«أرفض»: no optional cookie, ever, and the refusal is remembered.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class RejectTests(BrowserFixture fixture)
{
    private static readonly string[] Pages = ["/", "/privacy", "/demo/cookies", "/?culture=en", "/", "/demo/cookies"];

    [Fact]
    [Trait("Rule", "C1")]
    [Trait("Rule", "C10")]
    public async Task Reject_NoOptionalCookieAppearsAcrossPageLoads_AndTheBannerStaysGone()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;

        await banner.DecideAsync(banner.Reject);
        await CookieJar.AssertOnlyNecessaryAsync(context, "after «أرفض»");
        Assert.Contains(".Consent", await CookieJar.NamesAsync(context));

        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            await CookieJar.AssertOnlyNecessaryAsync(context, $"after {path}");
            if (path != "/demo/cookies")
            {
                await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
                Assert.Equal(0, await SamplePage.AnalyticsScriptCountAsync(page));
                Assert.False(await SamplePage.AnalyticsRanAsync(page));
            }
        }

        await page.GotoAsync("/");
        await Assertions.Expect(SamplePage.VideoPlaceholder(page)).ToBeVisibleAsync();
        var recorded = Assert.Single(await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context)));
        Assert.Equal(ConsentEventType.Refusal, recorded.Type);
    }
}
