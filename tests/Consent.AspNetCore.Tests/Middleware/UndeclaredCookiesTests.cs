using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore.Tests.Middleware;

/// <summary>What happens to the cookies a site has not declared yet, and what the site developer is told about them.</summary>
public sealed class UndeclaredCookiesTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("reject-all", false)]
    [InlineData("functional", false)]
    [InlineData("accept-all", true)]
    [Trait("Rule", "C1")]
    public async Task AllowWhenAllGranted_LetsAnUndeclaredCookieThroughOnlyWhenEveryCategoryIsGranted(string? decision, bool expected)
    {
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, o => o.UndeclaredCookies = UndeclaredCookieHandling.AllowWhenAllGranted);
        var browser = host.NewBrowser();
        if (decision == "functional")
        {
            await browser.DecideAsync("save", ConsentCategory.Functional);
        }
        else if (decision is not null)
        {
            await browser.DecideAsync(decision);
        }

        await browser.GetAsync("/set?name=legacy_widget&how=append");

        Assert.Equal(expected, browser.Cookies.ContainsKey("legacy_widget"));
    }

    [Fact]
    [Trait("Rule", "G1")]
    public async Task AllowWhenAllGranted_UnderGlobalPrivacyControl_AcceptAllDoesNotLetAnUndeclaredCookieThrough()
    {
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, o => o.UndeclaredCookies = UndeclaredCookieHandling.AllowWhenAllGranted);
        var browser = host.NewBrowser(globalPrivacyControl: true);
        await browser.DecideAsync("accept-all");

        await browser.GetAsync("/set?name=legacy_widget&how=append");

        Assert.False(browser.Cookies.ContainsKey("legacy_widget"));
    }

    [Fact]
    public async Task Warning_ForAnUnknownCookie_ProposesNoCategoryOfItsOwn()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, services: s => s.AddLogging(b => b.AddProvider(logs)));

        await host.NewBrowser().GetAsync("/set?name=mystery&how=append");

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("`mystery`", StringComparison.Ordinal));
        Assert.Contains("no suggestion", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Category = \"\"", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Category = \"analytics\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warning_ForACookieTheOpenCookieDatabaseKnows_ProposesItsCategory()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, services: s => s.AddLogging(b => b.AddProvider(logs)));

        await host.NewBrowser().GetAsync("/set?name=_fbp&how=append");

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("`_fbp`", StringComparison.Ordinal));
        Assert.Contains("Category = ConsentCategory.Marketing", warning.Message, StringComparison.Ordinal);
        Assert.Contains(OpenCookieDatabase.SourceName, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_ListsTheUndeclaredCookiesSeenOnce()
    {
        var logs = new CapturingLoggerProvider();
        var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, services: s => s.AddLogging(b => b.AddProvider(logs)));
        var browser = host.NewBrowser();
        await browser.GetAsync("/set?name=mystery&how=append");
        await browser.GetAsync("/set?name=legacy_widget&how=raw-append");
        await browser.GetAsync("/set?name=mystery&how=append");

        await host.DisposeAsync();

        var summary = Assert.Single(logs.Entries, e => e.Message.StartsWith("Undeclared cookies seen since the site started", StringComparison.Ordinal));
        Assert.Contains("mystery, legacy_widget.", summary.Message, StringComparison.Ordinal);
        Assert.Contains("(Block)", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_WithNoUndeclaredCookie_SaysNothing()
    {
        var logs = new CapturingLoggerProvider();
        var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, services: s => s.AddLogging(b => b.AddProvider(logs)));
        await host.NewBrowser().GetAsync("/set?name=pref&how=append");

        await host.DisposeAsync();

        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Undeclared cookies seen", StringComparison.Ordinal));
    }
}
