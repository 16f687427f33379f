using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>
/// <c>{EndpointPath}/inventory/script</c>: what the browser guard reports in Development goes into the one cookie
/// inventory (<c>GET {EndpointPath}/inventory</c>, seen in <c>script</c>); storage keys are listed by its own GET.
/// </summary>
public sealed class ScriptInventoryEndpointTests
{
    private const string Path = "/consent/inventory/script";

    [Fact]
    public async Task Post_InDevelopment_PutsUndeclaredScriptCookiesInTheInventoryAsSeenInScript()
    {
        using var host = await StartAsync(Environments.Development);
        var client = host.GetTestClient();

        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(client, """[{"s":0,"n":"_ga","b":true},{"s":0,"n":"mystery_script","b":true},{"s":1,"n":"demo_cid","b":false}]""", referer: "http://localhost/shop/cart?x=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(client, """[{"s":0,"n":"mystery_script","b":true}]""", referer: "http://localhost/")).StatusCode);

        var cookies = await InventoryAsync(client);
        // _ga is declared (analytics): a refused write of it is no news for the inventory.
        var mystery = Assert.Single(cookies);
        Assert.Equal("mystery_script", mystery.GetProperty("name").GetString());
        Assert.Equal(2, mystery.GetProperty("seen").GetProperty("script").GetInt64());
        Assert.Equal(0, mystery.GetProperty("seen").GetProperty("setCookie").GetInt64());
        Assert.Equal(0, mystery.GetProperty("seen").GetProperty("request").GetInt64());
        Assert.Equal(["/shop/cart", "/"], mystery.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("Name = \"mystery_script\"", mystery.GetProperty("declaration").GetProperty("csharp").GetString(), StringComparison.Ordinal);

        // Storage keys are no cookies: they stay listed apart.
        var key = Assert.Single(await StorageEntriesAsync(client));
        Assert.Equal("demo_cid", key.GetProperty("name").GetString());
        Assert.Equal("localStorage", key.GetProperty("storage").GetString());
        Assert.Equal("script", key.GetProperty("seenIn").GetString());
        Assert.False(key.GetProperty("blocked").GetBoolean());
        Assert.Equal("/consent/inventory/script", host.Services.GetRequiredService<ConsentPolicyViewSource>().View.ScriptReportPath);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"s":0,"n":"_ga","b":true}""")]
    [InlineData("""[{"s":0,"n":"mystery_script","b":true},{"s":3,"n":"x","b":true}]""")]
    [InlineData("""[{"s":0,"n":"mystery_script","b":true},{"s":0,"b":true}]""")]
    [InlineData("""[{"s":1,"n":"demo_cid","b":true},{"s":0,"n":"mystery_script","b":"yes"}]""")]
    public async Task Post_BadReport_Answers400AndRecordsNothingOfIt(string body)
    {
        using var host = await StartAsync(Environments.Development);
        var client = host.GetTestClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, body)).StatusCode);

        Assert.Empty(await InventoryAsync(client));
        Assert.Empty(await StorageEntriesAsync(client));
    }

    [Fact]
    public async Task Post_TooManyEntriesOrFromAnotherOrigin_IsRefused()
    {
        using var host = await StartAsync(Environments.Development);
        var client = host.GetTestClient();
        var many = "[" + string.Join(',', Enumerable.Range(0, ScriptInventoryEndpoint.MaximumEntries + 1).Select(i => $$"""{"s":0,"n":"c{{i}}","b":true}""")) + "]";

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, many)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, """[{"s":0,"n":"mystery_script","b":true},{"s":1,"n":"k","b":false}]""", origin: "https://elsewhere.example")).StatusCode);
        Assert.Empty(await InventoryAsync(client));
        Assert.Empty(await StorageEntriesAsync(client));
    }

    [Fact]
    public async Task Post_ManyDistinctStorageKeys_KeepsAtMostTheCapacity()
    {
        using var host = await StartAsync(Environments.Development);
        var client = host.GetTestClient();
        for (var batch = 0; batch < 5; batch++)
        {
            var body = "[" + string.Join(',', Enumerable.Range(batch * 60, 60).Select(i => $$"""{"s":2,"n":"k{{i}}","b":false}""")) + "]";
            Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(client, body)).StatusCode);
        }

        using var list = JsonDocument.Parse(await client.GetStringAsync(Path));
        Assert.Equal(ScriptInventory.Capacity, list.RootElement.GetProperty("entries").GetArrayLength());
        Assert.Equal(300 - ScriptInventory.Capacity, list.RootElement.GetProperty("dropped").GetInt64());
    }

    [Fact]
    public async Task Post_ManyDistinctScriptCookies_AreBoundedByTheInventoryCap()
    {
        using var host = await StartAsync(Environments.Development, o => o.Inventory.MaximumNames = 100);
        var client = host.GetTestClient();
        for (var batch = 0; batch < 3; batch++)
        {
            var body = "[" + string.Join(',', Enumerable.Range(batch * 60, 60).Select(i => $$"""{"s":0,"n":"c{{i}}","b":true}""")) + "]";
            Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(client, body)).StatusCode);
        }

        using var inventory = JsonDocument.Parse(await client.GetStringAsync("/consent/inventory"));
        Assert.Equal(100, inventory.RootElement.GetProperty("cookies").GetArrayLength());
        Assert.Equal(80, inventory.RootElement.GetProperty("overflow").GetInt64());
    }

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Development", false)]
    public async Task Report_OutsideDevelopmentOrWithTheInventoryOff_IsNotMapped(string environment, bool? enabled)
    {
        using var host = await StartAsync(environment, o => o.Inventory.Enabled = enabled);
        var client = host.GetTestClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, """[{"s":0,"n":"mystery_script","b":true}]""")).StatusCode);
        Assert.Null(host.Services.GetRequiredService<ConsentPolicyViewSource>().View.ScriptReportPath);
    }

    private static async Task<IHost> StartAsync(string environment, Action<CookieConsentOptions>? configure = null)
    {
        var host = new HostBuilder()
            .UseEnvironment(environment)
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureWebHost(web => web.UseTestServer()
                .ConfigureServices(services =>
                {
                    services.AddRouting();
                    services.AddCookieConsent(o =>
                    {
                        o.Cookies.Add(new DeclaredCookie { Name = "_ga", Category = ConsentCategory.Analytics, Purpose = "Counts visits.", Provider = "Google Analytics", IsThirdParty = true });
                        configure?.Invoke(o);
                    }).AddInMemoryAuditLog();
                })
                .Configure(app =>
                {
                    app.UseCookieConsent();
                    app.UseRouting();
                    app.UseEndpoints(endpoints => endpoints.MapCookieConsent());
                }))
            .Build();
        await host.StartAsync();
        return host;
    }

    // What navigator.sendBeacon sends for a string: text/plain.
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? origin = null, string? referer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8, "text/plain") };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        return client.SendAsync(request);
    }

    private static async Task<List<JsonElement>> InventoryAsync(HttpClient client)
    {
        using var inventory = JsonDocument.Parse(await client.GetStringAsync("/consent/inventory"));
        return [.. inventory.RootElement.GetProperty("cookies").EnumerateArray().Select(e => e.Clone())];
    }

    private static async Task<List<JsonElement>> StorageEntriesAsync(HttpClient client)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync(Path));
        return [.. list.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.Clone())];
    }
}
