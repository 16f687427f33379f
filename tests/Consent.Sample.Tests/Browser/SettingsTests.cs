using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>«الإعدادات»: consent per category, and withdrawing from the footer link as easily as giving.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class SettingsTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Rule", "C8")]
    [Trait("Rule", "C9")]
    public async Task GrantAnalyticsOnly_ThenWithdrawFromTheFooterLink_RemovesItsCookiesAndStopsTheScript()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;

        await banner.Settings.ClickAsync();
        await Assertions.Expect(banner.SettingsLayer).ToBeVisibleAsync();
        await Assertions.Expect(banner.Switch("analytics")).Not.ToBeCheckedAsync();
        await banner.Switch("analytics").CheckAsync();
        await banner.DecideAsync(banner.Save);
        await Assertions.Expect(page.Locator("#consent-saved")).ToHaveTextAsync("تم حفظ اختيارك.");
        await Assertions.Expect(page.Locator("#consent-saved")).ToBeVisibleAsync();

        await page.WaitForFunctionAsync("() => document.cookie.includes('_ga_demo=')");
        await page.GotoAsync("/demo/cookies");
        var names = await CookieJar.NamesAsync(context);
        Assert.Contains("_ga_demo", names);
        Assert.Contains("_ga", names);
        Assert.DoesNotContain(names, name => CookieJar.Marketing.Contains(name) || CookieJar.Functional.Contains(name));

        await page.GotoAsync("/");
        await Assertions.Expect(SamplePage.VideoPlaceholder(page)).ToBeVisibleAsync();
        await banner.FooterLink.ClickAsync();
        await Assertions.Expect(banner.SettingsLayer).ToBeVisibleAsync();
        await Assertions.Expect(banner.Switch("analytics")).ToBeCheckedAsync();
        await banner.Switch("analytics").UncheckAsync();
        await banner.DecideAsync(banner.Save);

        await CookieJar.AssertOnlyNecessaryAsync(context, "after withdrawing analytics");
        Assert.Equal(0, await SamplePage.AnalyticsScriptCountAsync(page));
        await page.ReloadAsync();
        Assert.False(await SamplePage.AnalyticsRanAsync(page));
        await CookieJar.AssertOnlyNecessaryAsync(context, "after a reload");

        var events = await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context));
        Assert.Equal([ConsentEventType.PartialChoice, ConsentEventType.Withdrawal], events.Select(e => e.Type));
    }
}
