using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A client with a cookie jar over a TestServer (or a real server), so tests see what a browser would keep,
/// not only what a response said.
/// </summary>
public sealed class TestBrowser
{
    private static readonly Uri BaseAddress = new("http://localhost/");
    private readonly HttpClient _client;

    public TestBrowser(TestServer server, bool globalPrivacyControl = false)
        : this(server.CreateClient(), globalPrivacyControl)
    {
    }

    /// <summary>A browser over any client; the client must not keep cookies itself (<c>UseCookies = false</c>).</summary>
    public TestBrowser(HttpClient client, bool globalPrivacyControl = false)
    {
        _client = client;
        GlobalPrivacyControl = globalPrivacyControl;
    }

    public CookieContainer Jar { get; } = new();

    public bool GlobalPrivacyControl { get; set; }

    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Cookies =>
        Jar.GetCookies(BaseAddress).ToDictionary(c => c.Name, c => c.Value);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        var cookieHeader = Jar.GetCookieHeader(new Uri(BaseAddress, request.RequestUri!));
        if (cookieHeader.Length > 0)
        {
            request.Headers.Add("Cookie", cookieHeader);
        }

        if (GlobalPrivacyControl)
        {
            request.Headers.Add("Sec-GPC", "1");
        }

        var response = await _client.SendAsync(request);
        LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];
        foreach (var header in LastSetCookies)
        {
            Jar.SetCookies(BaseAddress, header);
        }

        return response;
    }

    /// <summary>Gets an antiforgery request token (and its cookie, into the jar) from the host's token endpoint.</summary>
    public async Task<string> GetTokenAsync()
    {
        var response = await GetAsync(ConsentTestHost.TokenPath);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts the consent form as the banner would, with a valid antiforgery token.</summary>
    public Task<HttpResponseMessage> DecideAsync(string action, params string[] categories) => DecideFromAsync(null, action, categories);

    /// <summary>Posts the consent form from one layer (<c>banner</c>, <c>settings</c>, …), with a valid antiforgery token.</summary>
    public async Task<HttpResponseMessage> DecideFromAsync(string? layer, string action, params string[] categories)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", await GetTokenAsync()),
            new("action", action),
            new("returnUrl", "/article"),
        };
        if (layer is not null)
        {
            fields.Add(new("layer", layer));
        }

        fields.AddRange(categories.Select(c => new KeyValuePair<string, string>("categories", c)));
        return await PostFormAsync("/consent", fields);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });

    /// <summary>Reads the state that <c>GET /consent</c> reports.</summary>
    public async Task<JsonElement> GetStateAsync()
    {
        var response = await GetAsync("/consent");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
