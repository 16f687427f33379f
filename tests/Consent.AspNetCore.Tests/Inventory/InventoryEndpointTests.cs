using System.Net;
using System.Text.Json;
using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary><c>GET /consent/inventory</c>: on or off, who may read it, and the JSON shape site tests rely on.</summary>
public sealed class InventoryEndpointTests
{
    [Fact]
    [Trait("Rule", "C11")]
    public async Task Get_AfterAPageSetAnUndeclaredCookie_ListsItWithItsSuggestionAndDeclaration_InTheDocumentedShape()
    {
        var start = new DateTimeOffset(2026, 12, 2, 8, 30, 15, TimeSpan.Zero);
        var clock = new ManualTimeProvider(start);
        await using var host = await InventoryHost.StartAsync(time: clock);
        var browser = host.NewBrowser();
        await browser.GetAsync("/pixel");
        clock.Advance(TimeSpan.FromMinutes(2));
        await InventoryHost.SendWithCookiesAsync(host, "/article", "_fbp=" + InventoryHost.PixelValue); // set by the pixel's script

        var response = await host.NewBrowser().GetAsync("/consent/inventory");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(InventoryHost.PixelValue, text, StringComparison.Ordinal);
        var root = JsonDocument.Parse(text).RootElement;
        Assert.Equal(["cookies", "overflow"], root.EnumerateObject().Select(p => p.Name));
        var cookie = Assert.Single(root.GetProperty("cookies").EnumerateArray());
        Assert.Equal(
            ["name", "seen", "firstSeen", "lastSeen", "paths", "suggestion", "declaration"],
            cookie.EnumerateObject().Select(p => p.Name));
        Assert.Equal("_fbp", cookie.GetProperty("name").GetString());
        Assert.Equal(
            """{"setCookie":1,"request":1,"script":0}""",
            cookie.GetProperty("seen").GetRawText());
        Assert.Equal(("2026-12-02T08:30:15Z", "2026-12-02T08:32:15Z"), (cookie.GetProperty("firstSeen").GetString(), cookie.GetProperty("lastSeen").GetString()));
        Assert.Equal(["/pixel", "/article"], cookie.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));

        var suggestion = cookie.GetProperty("suggestion");
        Assert.Equal(["category", "provider", "purpose", "lifetime", "source"], suggestion.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ("marketing", "Facebook", "120.00:00:00", "Open Cookie Database"),
            (suggestion.GetProperty("category").GetString(), suggestion.GetProperty("provider").GetString(), suggestion.GetProperty("lifetime").GetString(), suggestion.GetProperty("source").GetString()));
        Assert.StartsWith("Used by Facebook", suggestion.GetProperty("purpose").GetString(), StringComparison.Ordinal);

        var declaration = cookie.GetProperty("declaration");
        Assert.Equal(["csharp", "json"], declaration.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            "options.Cookies.Add(new DeclaredCookie { Name = \"_fbp\", Category = ConsentCategory.Marketing, Provider = \"Facebook\", Purpose = \""
            + suggestion.GetProperty("purpose").GetString() + "\", Lifetime = TimeSpan.FromDays(120) });",
            declaration.GetProperty("csharp").GetString());
        var json = declaration.GetProperty("json");
        Assert.Equal(["name", "category", "provider", "purpose", "lifetime"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("_fbp", "marketing", "120.00:00:00"), (json.GetProperty("name").GetString(), json.GetProperty("category").GetString(), json.GetProperty("lifetime").GetString()));
        Assert.Equal(0, root.GetProperty("overflow").GetInt64());
    }

    [Fact]
    public async Task Get_ForACookieNoSourceKnows_HasANullSuggestion_AndADeclarationThatValidationWillQuestion()
    {
        await using var host = await InventoryHost.StartAsync();
        await InventoryHost.SendWithCookiesAsync(host, "/article", "site_widget_state=1");

        var cookie = (await GetInventoryAsync(host)).GetProperty("cookies")[0];

        Assert.Equal(JsonValueKind.Null, cookie.GetProperty("suggestion").ValueKind);
        Assert.Equal(
            "options.Cookies.Add(new DeclaredCookie { Name = \"site_widget_state\", Category = \"\", Provider = \"\", Purpose = \"\", Lifetime = TimeSpan.Zero });",
            cookie.GetProperty("declaration").GetProperty("csharp").GetString());
        Assert.Equal(
            """{"name":"site_widget_state","category":"","provider":"","purpose":"","lifetime":"00:00:00"}""",
            cookie.GetProperty("declaration").GetProperty("json").GetRawText());
    }

    [Fact]
    public async Task Get_ForAStemMatch_DeclaresTheStemAsAPattern()
    {
        await using var host = await InventoryHost.StartAsync();
        await InventoryHost.SendWithCookiesAsync(host, "/article", "_pk_ref.1.a2f3=x");

        var cookie = (await GetInventoryAsync(host)).GetProperty("cookies")[0];

        Assert.Equal("_pk_ref.1.a2f3", cookie.GetProperty("name").GetString());
        Assert.Equal("_pk_ref*", cookie.GetProperty("declaration").GetProperty("json").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_ForASessionCookie_SaysSession_AndOmitsTheLifetimeFromTheDeclaration()
    {
        await using var host = await InventoryHost.StartAsync();
        await InventoryHost.SendWithCookiesAsync(host, "/article", "GCLB=x"); // Google Cloud load balancing: "Session"

        var cookie = (await GetInventoryAsync(host)).GetProperty("cookies")[0];

        Assert.Equal("session", cookie.GetProperty("suggestion").GetProperty("lifetime").GetString());
        Assert.False(cookie.GetProperty("declaration").GetProperty("json").TryGetProperty("lifetime", out _));
        Assert.DoesNotContain("Lifetime", cookie.GetProperty("declaration").GetProperty("csharp").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhenTheInventoryIsOff_Is404()
    {
        await using var host = await ConsentTestHost.StartAsync(configure: o => o.Inventory.Enabled = false);
        await InventoryHost.SendWithCookiesAsync(host, "/article", "_fbp=x");

        var response = await host.NewBrowser().GetAsync("/consent/inventory");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_FromTheInProcessTestServer_IsServed()
    {
        await using var host = await InventoryHost.StartAsync();

        var response = await host.Server.CreateClient().GetAsync("/consent/inventory");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_OverRealLoopback_IsServed()
    {
        await using var host = await InventoryHost.StartAsync(kestrel: true);

        var response = await host.NewBrowser().GetAsync("/consent/inventory");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.9", null)]
    [InlineData("10.0.0.2", null)]
    [InlineData("127.0.0.1", "X-Forwarded-For")]
    [InlineData("::1", "Forwarded")]
    public async Task Get_FromAnotherMachineOrThroughAProxy_IsForbidden(string remoteAddress, string? proxyHeader)
    {
        await using var host = await InventoryHost.StartAsync(beforeConsent: app => app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            return next(context);
        }));
        await InventoryHost.SendWithCookiesAsync(host, "/article", "_fbp=x");
        var request = new HttpRequestMessage(HttpMethod.Get, "/consent/inventory");
        if (proxyHeader is not null)
        {
            request.Headers.Add(proxyHeader, proxyHeader == "Forwarded" ? "for=198.51.100.7" : "198.51.100.7");
        }

        var response = await host.Server.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("_fbp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cookie-admin", HttpStatusCode.OK)]
    [InlineData("editor", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Get_WithANamedAuthorizationPolicy_FromAnotherMachine_FollowsThePolicy(string? role, HttpStatusCode expected)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Services.AddCookieConsent(o =>
        {
            o.Inventory.Enabled = true;
            o.Inventory.AuthorizationPolicy = "CookieAdmins";
        }).AddInMemoryAuditLog();
        builder.Services.AddAuthentication("Test").AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>("Test", null);
        builder.Services.AddAuthorization(o => o.AddPolicy("CookieAdmins", p => p.RequireRole("cookie-admin")));
        await using var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
            return next(context);
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCookieConsent();
        app.MapCookieConsent();
        await app.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/consent/inventory");
        if (role is not null)
        {
            request.Headers.Add(HeaderAuthentication.RoleHeader, role);
        }

        var response = await app.GetTestServer().CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<JsonElement> GetInventoryAsync(ConsentTestHost host)
    {
        var response = await host.NewBrowser().GetAsync("/consent/inventory");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
