using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>The warning a site developer reads for an undeclared cookie: the suggestion and what to paste, or that there is none.</summary>
public sealed class UndeclaredCookieWarningTests
{
    [Fact]
    public async Task Warning_ForAKnownCookie_NamesProviderCategoryLifetimeAndSource_ThenTheDeclaration()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, services: s => s.AddLogging(b => b.AddProvider(logs)));

        await host.NewBrowser().GetAsync("/set?name=_fbp&how=append");

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("`_fbp`", StringComparison.Ordinal)).Message;
        Assert.StartsWith("Blocked undeclared cookie `_fbp`: Facebook, marketing, 120 days, Open Cookie Database — declare it as options.Cookies.Add(new DeclaredCookie { Name = \"_fbp\", Category = ConsentCategory.Marketing, Provider = \"Facebook\", Purpose = \"Used by Facebook", warning, StringComparison.Ordinal);
        Assert.Contains("Lifetime = TimeSpan.FromDays(120) });", warning, StringComparison.Ordinal);
        Assert.Contains("add {\"name\":\"_fbp\",\"category\":\"marketing\",\"provider\":\"Facebook\"", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warning_ForAStemMatch_DeclaresTheStemAsAPattern()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, services: s => s.AddLogging(b => b.AddProvider(logs)));

        await host.NewBrowser().GetAsync("/set?name=_pk_id.1.a2f3&how=append");

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("`_pk_id.1.a2f3`", StringComparison.Ordinal)).Message;
        Assert.Contains(": Piwik, analytics, 390 days, Open Cookie Database — declare it as options.Cookies.Add(new DeclaredCookie { Name = \"_pk_id.*\"", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warning_ForAnUnknownCookie_SaysThereIsNoSuggestion_AndGuessesNothing()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ConsentTestHost.StartAsync(
            CookieWriter.MapSetCookie,
            o => o.UndeclaredCookies = UndeclaredCookieHandling.Allow,
            services: s => s.AddLogging(b => b.AddProvider(logs)));

        await host.NewBrowser().GetAsync("/set?name=site_widget_state&how=append");

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("`site_widget_state`", StringComparison.Ordinal)).Message;
        Assert.StartsWith("Let through undeclared cookie `site_widget_state`: no suggestion", warning, StringComparison.Ordinal);
        Assert.Contains("Category = \"\", Provider = \"\", Purpose = \"\", Lifetime = TimeSpan.Zero", warning, StringComparison.Ordinal);
    }
}
