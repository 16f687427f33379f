using Consent.AspNetCore.Tests.Infrastructure;

namespace Consent.AspNetCore.Tests.Middleware;

public sealed class AutoClearTests : IAsyncLifetime
{
    private ConsentTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    [Trait("Rule", "C9")]
    public async Task RejectAll_ExpiresTheOptionalCookiesTheBrowserHolds()
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("accept-all");
        await browser.GetAsync("/set?name=_ga&how=append");
        await browser.GetAsync("/set?name=pref&how=append");
        Assert.True(browser.Cookies.ContainsKey("_ga"));

        await browser.DecideAsync("reject-all");

        Assert.False(browser.Cookies.ContainsKey("_ga"));
        Assert.False(browser.Cookies.ContainsKey("pref"));
    }

    [Fact]
    [Trait("Rule", "C9")]
    public async Task WithdrawingOneCategory_ExpiresOnlyItsCookies()
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("save", ConsentCategory.Analytics, ConsentCategory.Functional);
        await browser.GetAsync("/set?name=_ga_K2Q9&how=append");
        await browser.GetAsync("/set?name=pref&how=append");

        await browser.DecideAsync("save", ConsentCategory.Functional);

        Assert.False(browser.Cookies.ContainsKey("_ga_K2Q9"));
        Assert.Equal("v", browser.Cookies["pref"]);
    }

    [Fact]
    [Trait("Rule", "C9")]
    public async Task Expiry_UsesTheDeclaredDomainAndPath()
    {
        var browser = _host.NewBrowser();
        browser.Jar.Add(new System.Net.Cookie("ad_id", "old", "/", "localhost"));

        await browser.GetAsync("/article");

        var deletion = Assert.Single(browser.LastSetCookies, h => h.StartsWith("ad_id=", StringComparison.Ordinal));
        Assert.Contains("domain=localhost", deletion, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", deletion, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=Thu, 01 Jan 1970", deletion, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task OptionalCookie_WithoutAnyDecision_IsExpiredOnTheNextRequest()
    {
        var browser = _host.NewBrowser();
        browser.Jar.Add(new System.Net.Cookie("_ga", "left-over", "/", "localhost"));

        await browser.GetAsync("/article");

        Assert.False(browser.Cookies.ContainsKey("_ga"));
    }

    [Fact]
    public async Task GrantedAndNecessaryCookies_AreLeftAlone()
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("save", ConsentCategory.Analytics);
        browser.Jar.Add(new System.Net.Cookie("_ga", "kept", "/", "localhost"));
        browser.Jar.Add(new System.Net.Cookie("session", "kept", "/", "localhost"));
        browser.Jar.Add(new System.Net.Cookie("mystery", "kept", "/", "localhost"));

        await browser.GetAsync("/article");

        Assert.Empty(browser.LastSetCookies);
    }
}
