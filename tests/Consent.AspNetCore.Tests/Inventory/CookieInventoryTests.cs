using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>The passive inventory, through the real pipeline: what it records of undeclared cookies, and what not.</summary>
public sealed class CookieInventoryTests
{
    [Fact]
    [Trait("Rule", "C11")]
    public async Task SetCookie_OfAnUndeclaredCookie_IsRecordedWithItsPath_AndADeclaredOneIsNot()
    {
        await using var host = await InventoryHost.StartAsync();

        await host.NewBrowser().GetAsync("/pixel");

        var entry = InventoryHost.EntryOf(host, "_fbp");
        Assert.Equal((1L, 0L, 0L), (entry.Count(CookieSeenIn.SetCookie), entry.Count(CookieSeenIn.Request), entry.Count(CookieSeenIn.Script)));
        Assert.Equal(["/pixel"], entry.Paths);
        Assert.DoesNotContain(InventoryHost.InventoryOf(host).Entries, e => e.Name == "pref");
    }

    [Fact]
    public async Task RequestCookies_TheUndeclaredOnesAreCountedAsRequest_TheDeclaredAndTheConsentCookieAreNot()
    {
        await using var host = await InventoryHost.StartAsync();

        await InventoryHost.SendWithCookiesAsync(host, "/article", "_fbp=fb.1.2.3; pref=1; _ga_K2Q9=GA1.1; .Consent=not-valid; .AspNetCore.Antiforgery.x=t");
        await InventoryHost.SendWithCookiesAsync(host, "/page/7", "_fbp=fb.1.2.3; _hjid=abc");

        var inventory = InventoryHost.InventoryOf(host);
        Assert.Equal(["_fbp", "_hjid"], inventory.Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        var fbp = InventoryHost.EntryOf(host, "_fbp");
        Assert.Equal((0L, 2L), (fbp.Count(CookieSeenIn.SetCookie), fbp.Count(CookieSeenIn.Request)));
        Assert.Equal(["/article", "/page/7"], fbp.Paths);
    }

    [Fact]
    public async Task Request_ThatCarriesAndSetsOnlyDeclaredCookies_RecordsNothing()
    {
        await using var host = await InventoryHost.StartAsync();
        var browser = host.NewBrowser();
        await browser.DecideAsync("accept-all");

        await browser.GetAsync("/set?name=pref&how=append");
        await browser.GetAsync("/set?name=_ga_1&how=raw-append");
        await browser.GetAsync("/article");

        Assert.Empty(InventoryHost.InventoryOf(host).Entries);
        Assert.Equal(0, InventoryHost.InventoryOf(host).Overflow);
    }

    [Fact]
    public async Task FirstAndLastSeen_AreTheUtcTimesOfTheFirstAndLatestSighting()
    {
        var start = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(3));
        var clock = new ManualTimeProvider(start);
        await using var host = await InventoryHost.StartAsync(time: clock);
        var browser = host.NewBrowser();

        await browser.GetAsync("/pixel");
        clock.Advance(TimeSpan.FromHours(5));
        await InventoryHost.SendWithCookiesAsync(host, "/article", "_fbp=x");

        var entry = InventoryHost.EntryOf(host, "_fbp");
        Assert.Equal((start, start.AddHours(5)), (entry.FirstSeen, entry.LastSeen));
        Assert.Equal(TimeSpan.Zero, entry.FirstSeen.Offset);
    }

    [Fact]
    public async Task Paths_KeepTheFirstFewDistinctOnes_CutToABoundedLength()
    {
        await using var host = await InventoryHost.StartAsync();
        var longSegment = new string('a', 400);

        await InventoryHost.SendWithCookiesAsync(host, "/page/" + longSegment, "_fbp=x");
        for (var i = 0; i < 10; i++)
        {
            await InventoryHost.SendWithCookiesAsync(host, $"/page/{i % 7}", "_fbp=x");
        }

        var paths = InventoryHost.EntryOf(host, "_fbp").Paths;
        Assert.Equal(InventoryEntry.MaximumPaths, paths.Count);
        Assert.Equal(("/page/" + longSegment)[..InventoryEntry.MaximumPathLength], paths[0]);
        Assert.Equal(["/page/0", "/page/1", "/page/2", "/page/3"], paths.Skip(1));
        Assert.Equal(11, InventoryHost.EntryOf(host, "_fbp").Count(CookieSeenIn.Request));
    }

    [Fact]
    public async Task ScriptCookie_ReportedForTheGuard_IsRecordedAsScriptOnlyWhenUndeclared()
    {
        await using var host = await InventoryHost.StartAsync();
        var inventory = InventoryHost.InventoryOf(host);

        inventory.NoteScriptCookie("_hjSessionUser_123", "/live");
        inventory.NoteScriptCookie("_ga_XYZ", "/live");

        var entry = Assert.Single(inventory.Entries);
        Assert.Equal(("_hjSessionUser_123", 1L, 0L), (entry.Name, entry.Count(CookieSeenIn.Script), entry.Count(CookieSeenIn.Request)));
        Assert.Equal(["/live"], entry.Paths);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("quote\"d")]
    [InlineData("line\nbreak")]
    [InlineData("كعكة")]
    public async Task Names_ThatCannotBeDeclared_AreOnlyCountedAsOverflow(string name)
    {
        await using var host = await InventoryHost.StartAsync();
        var inventory = InventoryHost.InventoryOf(host);

        inventory.NoteScriptCookie(name, "/");
        inventory.NoteScriptCookie(new string('n', CookieInventory.MaximumNameLength + 1), "/");

        Assert.Empty(inventory.Entries);
        Assert.Equal(2, inventory.Overflow);
    }

    [Fact]
    public async Task Names_BeyondTheCap_AreCountedAsOverflow_AndKnownNamesStillCount()
    {
        await using var host = await InventoryHost.StartAsync(o => o.Inventory.MaximumNames = 3);
        var inventory = InventoryHost.InventoryOf(host);

        await InventoryHost.SendWithCookiesAsync(host, "/article", "a1=x; a2=x; a3=x; a4=x; a5=x");
        await InventoryHost.SendWithCookiesAsync(host, "/article", "a1=x; a6=x");

        Assert.Equal(["a1", "a2", "a3"], inventory.Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(3, inventory.Overflow);
        Assert.Equal(2, InventoryHost.EntryOf(host, "a1").Count(CookieSeenIn.Request));
    }

    [Fact]
    public async Task Off_RecordsNothing()
    {
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, o => o.Inventory.Enabled = false);

        await host.NewBrowser().GetAsync("/set?name=_fbp&how=append");

        Assert.Null(host.Services.GetRequiredService<ConsentServices>().Inventory);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    public async Task Enabled_ByDefault_OnlyInDevelopment(string environment, bool expected)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Services.AddCookieConsent().AddInMemoryAuditLog();
        await using var app = builder.Build();

        Assert.Equal(expected, app.Services.GetRequiredService<ConsentServices>().Inventory is not null);
    }

    [Fact]
    public async Task Enabled_FromConfiguration_OverridesTheEnvironment()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Consent:Inventory:Enabled"] = "true";
        builder.Configuration["Consent:Inventory:MaximumNames"] = "50";
        builder.Services.AddCookieConsent().AddInMemoryAuditLog();
        await using var app = builder.Build();

        Assert.NotNull(app.Services.GetRequiredService<ConsentServices>().Inventory);
        Assert.Equal(50, app.Services.GetRequiredService<ConsentPolicy>().Options.Inventory.MaximumNames);
    }
}
