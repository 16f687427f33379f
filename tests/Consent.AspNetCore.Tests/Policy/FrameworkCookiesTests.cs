using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore.Tests.Policy;

/// <summary>ASP.NET Core's own cookies work on a stock site, in the shape the framework writes them, and only in it (the necessary list).</summary>
public sealed class FrameworkCookiesTests
{
    public static TheoryData<string?> Decisions() => [null, "accept-all", "reject-all"];

    [Theory]
    [MemberData(nameof(Decisions))]
    [Trait("Rule", "C11")]
    public async Task TempData_WithDefaultOptions_CarriesAMessageToTheNextRequest(string? decision)
    {
        await using var host = await ConsentTestHost.StartAsync(MapTempData, services: s => s.AddControllersWithViews());
        var browser = host.NewBrowser();
        if (decision is not null)
        {
            await browser.DecideAsync(decision);
        }

        await browser.GetAsync("/tempdata/set");
        var read = await (await browser.GetAsync("/tempdata/read")).Content.ReadAsStringAsync();
        var again = await (await browser.GetAsync("/tempdata/read")).Content.ReadAsStringAsync();

        Assert.Equal("Your profile has been updated", read);
        Assert.Equal("none", again);
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    [Trait("Rule", "C11")]
    public async Task Session_WithDefaultOptions_KeepsItsValueAcrossRequests(string? decision)
    {
        await using var host = await ConsentTestHost.StartAsync(
            MapSession,
            beforeConsent: app => app.UseSession(),
            services: s => s.AddDistributedMemoryCache().AddSession());
        var browser = host.NewBrowser();
        if (decision is not null)
        {
            await browser.DecideAsync(decision);
        }

        await browser.GetAsync("/session/set");
        var read = await (await browser.GetAsync("/session/read")).Content.ReadAsStringAsync();

        Assert.True(browser.Cookies.ContainsKey(".AspNetCore.Session"));
        Assert.Equal("basket:3", read);
    }

    [Theory]
    [InlineData(".AspNetCore.Culture", "c%3Dar%7Cuic%3Dar", "; Max-Age=31536000")]
    [InlineData(".AspNetCore.Culture", "c=fr-FR|uic=fr-FR", "; Expires=" + "{in-a-year}")]
    [InlineData(".AspNetCore.Identity.Application", "CfDJ8ticket", "")]
    [InlineData(".AspNetCore.Identity.ApplicationC2", "CfDJ8chunk", "; Max-Age=1209600")]
    [InlineData(".AspNetCore.CookiesC1", "CfDJ8chunk", "")]
    [InlineData(".AspNetCore.Correlation.x7Yq", "N", "; Max-Age=900")]
    [InlineData(".AspNetCore.Antiforgery.uRYp2xGSnUo", "CfDJ8token", "")]
    [InlineData(".AspNetCore.Mvc.CookieTempDataProviderC1", "chunk", "")]
    [Trait("Rule", "C11")]
    public async Task FrameworkCookie_InTheShapeTheFrameworkWrites_PassesBeforeAnyDecision(string name, string value, string attributes)
    {
        await using var host = await ConsentTestHost.StartAsync(MapRaw);
        var browser = host.NewBrowser();

        await browser.GetAsync("/raw?header=" + Uri.EscapeDataString($"{name}={value}{Expand(attributes)}; Path=/; HttpOnly"));

        Assert.True(browser.Cookies.ContainsKey(name), string.Join(" | ", browser.LastSetCookies));
    }

    [Theory]
    [InlineData(".AspNetCore.Antiforgery.x", "trackingid", "; Max-Age=31536000")]
    [InlineData(".AspNetCore.Antiforgery.x", "trackingid", "; Max-Age=0; Max-Age=31536000")]
    [InlineData(".AspNetCore.Session", "trackingid", "; Expires={in-a-year}")]
    [InlineData(".AspNetCore.Culture", "visitor-4711", "; Max-Age=31536000")]
    [InlineData(".AspNetCore.Culture", "c=ar|uic=ar", "; Max-Age=315360000")]
    [InlineData(".AspNetCore.Identity.Application", "CfDJ8ticket", "; Max-Age=31536000")]
    [InlineData(".AspNetCore.CookiesTracker", "id", "")]
    [InlineData(".AspNetCore.Correlation.x7Yq", "visitor-4711", "; Max-Age=900")]
    [InlineData(".AspNetCore.OpenIdConnect.Nonce.abc", "N", "; Max-Age=31536000")]
    [Trait("Rule", "C11")]
    public async Task FrameworkCookieName_InAnotherShape_IsBlockedWhateverTheVisitorGranted(string name, string value, string attributes)
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ConsentTestHost.StartAsync(MapRaw, services: s => s.AddLogging(b => b.AddProvider(logs)));
        var browser = host.NewBrowser();
        await browser.DecideAsync("accept-all");

        await browser.GetAsync("/raw?header=" + Uri.EscapeDataString($"{name}={value}{Expand(attributes)}; Path=/"));

        Assert.False(browser.Cookies.ContainsKey(name), string.Join(" | ", browser.LastSetCookies));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"'{name}'", StringComparison.Ordinal)
            && e.Message.Contains("not strictly necessary", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "C11")]
    public async Task FrameworkCookie_DeletedByTheFramework_IsDeleted()
    {
        await using var host = await ConsentTestHost.StartAsync(endpoints =>
            endpoints.MapGet("/signout", (HttpContext context) =>
            {
                context.Response.Cookies.Delete(".AspNetCore.Identity.Application");
                return "ok";
            }));
        var browser = host.NewBrowser();
        browser.Jar.Add(new System.Net.Cookie(".AspNetCore.Identity.Application", "CfDJ8ticket", "/", "localhost"));

        await browser.GetAsync("/signout");

        Assert.False(browser.Cookies.ContainsKey(".AspNetCore.Identity.Application"));
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task FrameworkCookie_RedeclaredBySite_FollowsTheSiteDeclaration()
    {
        await using var host = await ConsentTestHost.StartAsync(
            MapSession,
            configure: o => o.Cookies.Add(new DeclaredCookie { Name = ".AspNetCore.Session", Category = ConsentCategory.Functional, Purpose = "Remembers the basket.", Provider = "Shop", Lifetime = TimeSpan.FromDays(7) }),
            beforeConsent: app => app.UseSession(),
            services: s => s.AddDistributedMemoryCache().AddSession());
        var browser = host.NewBrowser();

        await browser.GetAsync("/session/set");
        Assert.False(browser.Cookies.ContainsKey(".AspNetCore.Session"));
        await browser.DecideAsync("save", ConsentCategory.Functional);
        await browser.GetAsync("/session/set");

        Assert.True(browser.Cookies.ContainsKey(".AspNetCore.Session"));
        var declared = Assert.Single(host.Policy.Cookies, c => c.Name == ".AspNetCore.Session");
        Assert.Equal("Shop", declared.Provider);
    }

    [Fact]
    public void Policy_DeclaresEveryFrameworkCookieAsNecessaryWithAPurpose()
    {
        var policy = Policies.Create();

        foreach (var name in new[]
        {
            ".AspNetCore.Mvc.CookieTempDataProvider", ".AspNetCore.Session", ".AspNetCore.Culture", ".AspNetCore.Identity.Application",
            "Identity.External", "Identity.TwoFactorRememberMe", "Identity.TwoFactorUserId", ".AspNetCore.Cookies", ".AspNetCore.CookiesC1",
            ".AspNetCore.OpenIdConnect.Nonce.abc", ".AspNetCore.Correlation.abc", "ARRAffinity", "ARRAffinitySameSite", ".AspNetCore.Antiforgery.abc",
        })
        {
            var cookie = policy.FindCookie(name);
            Assert.True(cookie is { Category: ConsentCategory.Necessary }, name);
            Assert.False(string.IsNullOrWhiteSpace(cookie!.Purpose), name);
        }
    }

    [Theory]
    [InlineData(".AspNetCore.Session")]
    [InlineData(".AspNetCore.Mvc.CookieTempDataProvider")]
    [InlineData(".AspNetCore.Antiforgery.uRYp2xGSnUo")]
    public void Suggestions_ForAFrameworkCookie_ComeFromTheLibraryTableBeforeTheOpenCookieDatabase(string name)
    {
        var suggestion = CookieSuggestions.Default.Suggest(name);

        Assert.Equal(FrameworkCookies.SourceName, suggestion?.Source);
        Assert.Equal(ConsentCategory.Necessary, suggestion?.Category);
        Assert.Equal(OpenCookieDatabase.SourceName, CookieSuggestions.Default.Suggest("_ga")?.Source);
    }

    private static string Expand(string attributes) =>
        attributes.Replace("{in-a-year}", DateTimeOffset.UtcNow.AddDays(364).ToString("r", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static void MapRaw(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/raw", (HttpContext context, string header) =>
        {
            context.Response.Headers.Append("Set-Cookie", header);
            return "ok";
        });

    private static void MapTempData(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/tempdata/set", (HttpContext context, ITempDataDictionaryFactory factory) =>
        {
            var tempData = factory.GetTempData(context);
            tempData["message"] = "Your profile has been updated";
            tempData.Save();
            return "ok";
        });
        endpoints.MapGet("/tempdata/read", (HttpContext context, ITempDataDictionaryFactory factory) =>
        {
            var tempData = factory.GetTempData(context);
            var message = tempData["message"] as string ?? "none";
            tempData.Save();
            return message;
        });
    }

    private static void MapSession(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/session/set", (HttpContext context) =>
        {
            context.Session.SetString("basket", "3");
            return "ok";
        });
        endpoints.MapGet("/session/read", (HttpContext context) => "basket:" + (context.Session.GetString("basket") ?? "none"));
    }
}
