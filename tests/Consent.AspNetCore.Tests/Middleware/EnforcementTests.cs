using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore.Tests.Middleware;

public sealed class EnforcementTests : IAsyncLifetime
{
    private ConsentTestHost _host = null!;

    public static TheoryData<string> Ways => [.. CookieWriter.Ways];

    public static TheoryData<string, string> WaysAndOptionalCookies()
    {
        var data = new TheoryData<string, string>();
        foreach (var way in CookieWriter.Ways)
        {
            foreach (var cookie in new[] { "pref", "_ga", "_ga_K2Q9", "ad_id" })
            {
                data.Add(way, cookie);
            }
        }

        return data;
    }

    public async Task InitializeAsync() =>
        _host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, beforeConsent: CookieWriter.OuterMiddleware);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [Trait("Rule", "C1")]
    [MemberData(nameof(WaysAndOptionalCookies))]
    public async Task OptionalCookie_BeforeAnyDecision_IsStripped(string way, string cookie)
    {
        var browser = _host.NewBrowser();

        await browser.GetAsync($"/set?name={cookie}&how={way}");

        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(cookie + "=", StringComparison.Ordinal));
        Assert.False(browser.Cookies.ContainsKey(cookie));
    }

    [Theory]
    [Trait("Rule", "C11")]
    [MemberData(nameof(Ways))]
    public async Task NecessaryCookie_BeforeAnyDecision_Passes(string way)
    {
        var browser = _host.NewBrowser();

        await browser.GetAsync($"/set?name=session&how={way}");

        Assert.Equal("v", browser.Cookies["session"]);
    }

    [Theory]
    [MemberData(nameof(WaysAndOptionalCookies))]
    public async Task OptionalCookie_AfterAcceptAll_Passes(string way, string cookie)
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("accept-all");

        await browser.GetAsync($"/set?name={cookie}&how={way}");

        Assert.Equal("v", browser.Cookies[cookie]);
    }

    [Theory]
    [Trait("Rule", "C1")]
    [MemberData(nameof(WaysAndOptionalCookies))]
    public async Task OptionalCookie_AfterRejectAll_IsStripped(string way, string cookie)
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("reject-all");

        await browser.GetAsync($"/set?name={cookie}&how={way}");

        Assert.False(browser.Cookies.ContainsKey(cookie));
    }

    [Theory]
    [Trait("Rule", "C8")]
    [InlineData(ConsentCategory.Functional, "pref")]
    [InlineData(ConsentCategory.Analytics, "_ga")]
    [InlineData(ConsentCategory.Marketing, "ad_id")]
    public async Task EachCategory_PassesOnlyWhenItIsGranted(string granted, string grantedCookie)
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("save", granted);

        foreach (var cookie in new[] { "pref", "_ga", "ad_id" })
        {
            await browser.GetAsync($"/set?name={cookie}&how=append");
        }

        Assert.Equal([grantedCookie], browser.Cookies.Keys.Where(k => k is "pref" or "_ga" or "ad_id"));
    }

    [Theory]
    [Trait("Rule", "C11")]
    [MemberData(nameof(Ways))]
    public async Task UndeclaredCookie_EvenAfterAcceptAll_IsBlocked(string way)
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("accept-all");

        await browser.GetAsync($"/set?name=mystery&how={way}");

        Assert.False(browser.Cookies.ContainsKey("mystery"));
    }

    [Fact]
    public async Task EnforceFromPipelineStartOff_StillEnforcesFromUseCookieConsent()
    {
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, o => o.EnforceFromPipelineStart = false);
        var browser = host.NewBrowser();

        await browser.GetAsync("/set?name=_ga&how=on-starting");
        await browser.GetAsync("/set?name=pref&how=append");

        Assert.False(browser.Cookies.ContainsKey("_ga"));
        Assert.False(browser.Cookies.ContainsKey("pref"));
    }

    [Fact]
    public async Task EnforceFromPipelineStartOff_DoesNotSeeOnStartingCallbacksOfEarlierMiddleware()
    {
        // Documents why the option defaults to on: LIFO OnStarting order puts earlier middleware's callbacks last.
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, o => o.EnforceFromPipelineStart = false, CookieWriter.OuterMiddleware);
        var browser = host.NewBrowser();

        await browser.GetAsync("/set?name=_ga&how=outer-on-starting");

        Assert.True(browser.Cookies.ContainsKey("_ga"));
    }

    [Fact]
    public async Task UndeclaredCookie_WhenHandlingIsAllow_Passes()
    {
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, o => o.UndeclaredCookies = UndeclaredCookieHandling.Allow);
        var browser = host.NewBrowser();

        await browser.GetAsync("/set?name=mystery&how=append");

        Assert.Equal("v", browser.Cookies["mystery"]);
    }

    [Fact]
    public async Task Deletion_OfAnOptionalCookie_AlwaysPasses()
    {
        await using var host = await ConsentTestHost.StartAsync(endpoints =>
            endpoints.MapGet("/delete", (Microsoft.AspNetCore.Http.HttpContext c) =>
            {
                c.Response.Cookies.Delete("_ga");
                c.Response.Headers.Append("Set-Cookie", "ad_id=x; Max-Age=0; Path=/");
                c.Response.Headers.Append("Set-Cookie", "mystery=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/");
                return "ok";
            }));
        var browser = host.NewBrowser();

        await browser.GetAsync("/delete");

        Assert.Equal(3, browser.LastSetCookies.Count);
    }

    [Fact]
    public async Task IsEssential_OnAnUndeclaredCookie_CountsAsNecessary()
    {
        await using var host = await ConsentTestHost.StartAsync(endpoints =>
            endpoints.MapGet("/essential", (Microsoft.AspNetCore.Http.HttpContext c) =>
            {
                c.Response.Cookies.Append("site_essential", "v", new Microsoft.AspNetCore.Http.CookieOptions { IsEssential = true });
                c.Response.Cookies.Append("not_essential", "v", new Microsoft.AspNetCore.Http.CookieOptions { IsEssential = false });
                return "ok";
            }));
        var browser = host.NewBrowser();

        await browser.GetAsync("/essential");

        Assert.True(browser.Cookies.ContainsKey("site_essential"));
        Assert.False(browser.Cookies.ContainsKey("not_essential"));
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task IsEssential_OnADeclaredOptionalCookie_DoesNotOverrideTheRegistry()
    {
        await using var host = await ConsentTestHost.StartAsync(endpoints =>
            endpoints.MapGet("/essential", (Microsoft.AspNetCore.Http.HttpContext c) =>
            {
                c.Response.Cookies.Append("_ga", "v", new Microsoft.AspNetCore.Http.CookieOptions { IsEssential = true });
                return "ok";
            }));
        var browser = host.NewBrowser();

        await browser.GetAsync("/essential");

        Assert.False(browser.Cookies.ContainsKey("_ga"));
    }

    [Fact]
    public async Task ManyCookies_MixedCategories_OnlyGrantedAndNecessaryRemain()
    {
        await using var host = await ConsentTestHost.StartAsync(endpoints =>
            endpoints.MapGet("/many", (Microsoft.AspNetCore.Http.HttpContext c) =>
            {
                foreach (var name in new[] { "session", "pref", "_ga", "_gid_x", "_ga_1", "ad_id", "mystery" })
                {
                    c.Response.Cookies.Append(name, "v");
                }

                return "ok";
            }));
        var browser = host.NewBrowser();
        await browser.DecideAsync("save", ConsentCategory.Analytics);

        await browser.GetAsync("/many");

        Assert.Equal(["session", "_ga", "_ga_1"], browser.LastSetCookies.Select(h => h[..h.IndexOf('=', StringComparison.Ordinal)]));
    }
}
