using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consent.Benchmarks.Components;

/// <summary>
/// The sample's home page rendered on the server (static SSR, in memory) with the banner (no decision yet) and
/// without it (a refusal: no banner, gates closed). The difference is the banner's rendering cost.
/// </summary>
[MemoryDiagnoser]
public partial class BannerRenderBenchmarks
{
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;
    private string _refusedCookies = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var folder = Directory.CreateTempSubdirectory("consent-bench-page-").FullName;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            .UseSetting("Consent:Audit:ConnectionString", $"Data Source={Path.Combine(folder, "audit.db")}")
            .UseSetting("Logging:LogLevel:Default", "Warning"));
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var first = await _client.GetAsync("/");
        var antiforgery = string.Join("; ", first.Headers.GetValues("Set-Cookie").Select(h => h[..h.IndexOf(';', StringComparison.Ordinal)]));
        var token = WebUtility.HtmlDecode(TokenField().Match(await first.Content.ReadAsStringAsync()).Groups[1].Value);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/consent")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("action", "reject-all"), new("returnUrl", "/")]),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var refused = await _client.SendAsync(post);
        var consent = refused.Headers.GetValues("Set-Cookie").Single(h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        _refusedCookies = antiforgery + "; " + consent[..consent.IndexOf(';', StringComparison.Ordinal)];
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<string> PageWithoutBanner()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", _refusedCookies);
        return SendAsync(request);
    }

    [Benchmark]
    public Task<string> PageWithBanner() => SendAsync(new HttpRequestMessage(HttpMethod.Get, "/"));

    private async Task<string> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _client.SendAsync(request))
        {
            return await response.Content.ReadAsStringAsync();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
