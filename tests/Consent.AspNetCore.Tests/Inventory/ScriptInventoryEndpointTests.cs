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

/// <summary><c>{EndpointPath}/inventory/script</c>: what the browser guard reports in Development.</summary>
public sealed class ScriptInventoryEndpointTests
{
    private const string Path = "/consent/inventory/script";

    [Fact]
    public async Task Post_InDevelopment_RecordsEachNameOnceAsSeenInScript()
    {
        using var host = await StartAsync(Environments.Development);
        var client = host.GetTestClient();

        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(client, """[{"s":0,"n":"_ga","b":true},{"s":1,"n":"demo_cid","b":false}]""")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(client, """[{"s":0,"n":"_ga","b":true}]""")).StatusCode);

        var entries = await EntriesAsync(client);
        Assert.Equal(2, entries.Count);
        var ga = entries.Single(e => e.GetProperty("name").GetString() == "_ga");
        Assert.Equal("cookie", ga.GetProperty("storage").GetString());
        Assert.Equal("script", ga.GetProperty("seenIn").GetString());
        Assert.True(ga.GetProperty("blocked").GetBoolean());
        Assert.Equal(2, ga.GetProperty("count").GetInt64());
        var key = entries.Single(e => e.GetProperty("name").GetString() == "demo_cid");
        Assert.Equal("localStorage", key.GetProperty("storage").GetString());
        Assert.False(key.GetProperty("blocked").GetBoolean());
        Assert.Equal("/consent/inventory/script", host.Services.GetRequiredService<ConsentPolicyViewSource>().View.ScriptReportPath);
    }

    [Fact]
    public async Task Get_UndeclaredCookie_SaysSoAndCarriesTheOpenCookieDatabasesSuggestion()
    {
        using var host = await StartAsync(Environments.Development);
        var client = host.GetTestClient();

        await PostAsync(client, """[{"s":0,"n":"_fbp","b":true},{"s":0,"n":".Consent","b":false}]""");

        var entries = await EntriesAsync(client);
        var pixel = entries.Single(e => e.GetProperty("name").GetString() == "_fbp");
        Assert.False(pixel.GetProperty("declared").GetBoolean());
        Assert.Equal("marketing", pixel.GetProperty("suggestion").GetProperty("category").GetString());
        Assert.Equal("Open Cookie Database", pixel.GetProperty("suggestion").GetProperty("source").GetString());
        var consent = entries.Single(e => e.GetProperty("name").GetString() == ".Consent");
        Assert.True(consent.GetProperty("declared").GetBoolean());
        Assert.False(consent.TryGetProperty("suggestion", out _));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"s":0,"n":"_ga","b":true}""")]
    [InlineData("""[{"s":0,"n":"_ga","b":true},{"s":3,"n":"x","b":true}]""")]
    [InlineData("""[{"s":0,"n":"_ga","b":true},{"s":0,"b":true}]""")]
    [InlineData("""[{"s":0,"n":"_ga","b":"yes"}]""")]
    public async Task Post_BadReport_Answers400AndRecordsNothingOfIt(string body)
    {
        using var host = await StartAsync(Environments.Development);
        var client = host.GetTestClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, body)).StatusCode);

        Assert.Empty(await EntriesAsync(client));
    }

    [Fact]
    public async Task Post_TooManyEntriesOrFromAnotherOrigin_IsRefused()
    {
        using var host = await StartAsync(Environments.Development);
        var client = host.GetTestClient();
        var many = "[" + string.Join(',', Enumerable.Range(0, ScriptInventoryEndpoint.MaximumEntries + 1).Select(i => $$"""{"s":0,"n":"c{{i}}","b":true}""")) + "]";

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, many)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, """[{"s":0,"n":"_ga","b":true}]""", origin: "https://elsewhere.example")).StatusCode);
        Assert.Empty(await EntriesAsync(client));
    }

    [Fact]
    public async Task Post_ManyDistinctNames_KeepsAtMostTheCapacity()
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
    public async Task Inventory_OutsideDevelopment_IsNotMapped()
    {
        using var host = await StartAsync(Environments.Production);
        var client = host.GetTestClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, """[{"s":0,"n":"_ga","b":true}]""")).StatusCode);
        Assert.Null(host.Services.GetRequiredService<ConsentPolicyViewSource>().View.ScriptReportPath);
    }

    private static async Task<IHost> StartAsync(string environment)
    {
        var host = new HostBuilder()
            .UseEnvironment(environment)
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureWebHost(web => web.UseTestServer()
                .ConfigureServices(services =>
                {
                    services.AddRouting();
                    services.AddCookieConsent().AddInMemoryAuditLog();
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
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8, "text/plain") };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return client.SendAsync(request);
    }

    private static async Task<List<JsonElement>> EntriesAsync(HttpClient client)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync(Path));
        return [.. list.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.Clone())];
    }
}
