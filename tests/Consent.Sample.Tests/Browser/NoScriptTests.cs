using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>With JavaScript off, «أوافق», «أرفض» and «الإعدادات» still work: they are plain HTML forms.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class NoScriptTests(BrowserFixture fixture)
{
    [Fact]
    public async Task WithoutJavaScript_Accept_GrantsEveryCategory()
    {
        var names = await DecideWithoutScriptAsync(banner => banner.DecideAsync(banner.Accept));

        Assert.Contains("_ga", names);
        Assert.Contains("ad_id", names);
        Assert.Contains("demo_pref", names);
    }

    [Fact]
    public async Task WithoutJavaScript_Reject_GrantsNothing()
    {
        var names = await DecideWithoutScriptAsync(banner => banner.DecideAsync(banner.Reject));

        Assert.Contains(".Consent", names);
        Assert.All(names, name => Assert.True(CookieJar.IsNecessary(name), name));
    }

    [Fact]
    public async Task WithoutJavaScript_Customise_GrantsOnlyTheChosenCategory()
    {
        var names = await DecideWithoutScriptAsync(async banner =>
        {
            await banner.Settings.ClickAsync();
            await banner.Switch("marketing").CheckAsync();
            await banner.DecideAsync(banner.Save);
        });

        Assert.Contains("ad_id", names);
        Assert.DoesNotContain(names, name => CookieJar.Analytics.Contains(name) || CookieJar.Functional.Contains(name));
    }

    /// <summary>Decides on the home page of a script-less profile, then lists the jar after <c>/demo/cookies</c>.</summary>
    private async Task<IReadOnlyList<string>> DecideWithoutScriptAsync(Func<ConsentBanner, Task> decide)
    {
        await using var visit = await Visit.StartAsync(fixture, "/", new BrowserNewContextOptions { JavaScriptEnabled = false });
        var (context, page, banner) = visit;

        await decide(banner);

        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
        await page.GotoAsync("/demo/cookies");
        return await CookieJar.NamesAsync(context);
    }
}
