using System.Net;
using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Consent.AspNetCore.Tests.Endpoints;

/// <summary>
/// A sibling subdomain forcing a decision (issue 12, item 2): posting with its own antiforgery cookie and token, or
/// tossing a consent cookie of its own next to the visitor's.
/// </summary>
public sealed class CookieTossingTests
{
    [Theory]
    [Trait("Rule", "C5")]
    [Trait("Rule", "R1")]
    [InlineData("Origin", "http://evil.localhost")]
    [InlineData("Origin", "null")]
    [InlineData("Origin", "https://localhost")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task Post_FromAnotherOriginWithAValidToken_IsRefusedAndRecordsNothing(string header, string value)
    {
        await using var host = await ConsentTestHost.StartAsync();
        var browser = host.NewBrowser();

        var response = await PostAsync(browser, "accept-all", request => request.Headers.Add(header, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(header, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.AuditLog.Events);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.Contains(".Consent=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("http://localhost", "same-origin")]
    [InlineData("http://localhost:80", "none")]
    [InlineData(null, "same-origin")]
    public async Task Post_FromTheSiteItself_OrWithoutEitherHeader_IsTaken(string? origin, string? site)
    {
        await using var host = await ConsentTestHost.StartAsync();
        var browser = host.NewBrowser();

        var response = await PostAsync(browser, "accept-all", request =>
        {
            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }

            if (site is not null)
            {
                request.Headers.Add("Sec-Fetch-Site", site);
            }
        });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Single(host.AuditLog.Events);
    }

    [Fact]
    [Trait("Rule", "C5")]
    public async Task Post_BehindATlsTerminatingProxy_IsRefusedUntilTheSiteSaysWhereItIsServed()
    {
        static void ThroughTheProxy(HttpRequestMessage request)
        {
            request.Headers.Host = "www.site.test";
            request.Headers.Add("Origin", "https://www.site.test");
            request.Headers.Add("Sec-Fetch-Site", "same-origin");
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        await using (var plain = await ConsentTestHost.StartAsync())
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(plain.NewBrowser(), "accept-all", ThroughTheProxy)).StatusCode);
            Assert.Empty(plain.AuditLog.Events);
        }

        await using (var listed = await ConsentTestHost.StartAsync(configure: o => o.AllowedOrigins.Add("https://www.site.test")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, (await PostAsync(listed.NewBrowser(), "accept-all", ThroughTheProxy)).StatusCode);
            Assert.Single(listed.AuditLog.Events);
        }

        await using var forwarded = await ConsentTestHost.StartAsync(beforeConsent: app =>
        {
            var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto };
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            app.UseForwardedHeaders(options);
        });
        var browser = forwarded.NewBrowser();
        Assert.Equal(HttpStatusCode.SeeOther, (await PostAsync(browser, "accept-all", ThroughTheProxy)).StatusCode);
        Assert.Single(forwarded.AuditLog.Events);
    }

    [Theory]
    [Trait("Rule", "C5")]
    [InlineData("accept-all", "reject-all", false)]
    [InlineData("reject-all", "accept-all", false)]
    [InlineData("save:analytics", "save:marketing", null)]
    [InlineData("accept-all", "save:analytics", true)]
    public async Task TwoConsentCookies_NeverGrantMoreThanTheLeastOfThem(string first, string second, bool? analytics)
    {
        await using var host = await ConsentTestHost.StartAsync();
        var one = await ConsentCookieOfAsync(host, first);
        var other = await ConsentCookieOfAsync(host, second);
        var client = host.Server.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/consent");
        request.Headers.Add("Cookie", $".Consent={one}; .Consent={other}");

        var state = System.Text.Json.JsonDocument.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(analytics is not null, state.GetProperty("hasDecision").GetBoolean());
        Assert.Equal(analytics ?? false, state.GetProperty("categories").GetProperty("analytics").GetBoolean());
        Assert.False(state.GetProperty("categories").GetProperty("marketing").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "C5")]
    public async Task OnHttps_TheConsentCookieIsHostPrefixed_AndOnlyThatOneIsRead()
    {
        await using var host = await ConsentTestHost.StartAsync();
        var acceptAll = await ConsentCookieOfAsync(host, "accept-all");
        var client = new HttpClient(host.Server.CreateHandler()) { BaseAddress = new Uri("https://localhost/") };

        var tokenResponse = await client.GetAsync(ConsentTestHost.TokenPath);
        var antiforgery = tokenResponse.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var post = new HttpRequestMessage(HttpMethod.Post, "/consent")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", await tokenResponse.Content.ReadAsStringAsync()), new("action", "reject-all")]),
        };
        post.Headers.Add("Cookie", antiforgery);
        var written = (await client.SendAsync(post)).Headers.GetValues("Set-Cookie").Single();

        Assert.StartsWith("__Host-.Consent=", written, StringComparison.Ordinal);
        Assert.Contains("; secure", written, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", written, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", written, StringComparison.OrdinalIgnoreCase);
        Assert.False(await HasDecisionAsync(client, $".Consent={acceptAll}")); // a tossed plain cookie counts for nothing
        Assert.True(await HasDecisionAsync(client, $"__Host-.Consent={acceptAll}"));
        Assert.True(await HasDecisionAsync(host.Server.CreateClient(), $".Consent={acceptAll}")); // plain HTTP reads the plain name
    }

    private static async Task<bool> HasDecisionAsync(HttpClient client, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/consent");
        request.Headers.Add("Cookie", cookie);
        var state = System.Text.Json.JsonDocument.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
        return state.GetProperty("hasDecision").GetBoolean();
    }

    /// <summary>The value of the consent cookie a fresh visitor gets for <paramref name="decision"/> (<c>save:category</c> for one category).</summary>
    private static async Task<string> ConsentCookieOfAsync(ConsentTestHost host, string decision)
    {
        var browser = host.NewBrowser();
        var parts = decision.Split(':');
        await browser.DecideAsync(parts[0], parts[1..]);
        return browser.Cookies[".Consent"];
    }

    private static async Task<HttpResponseMessage> PostAsync(TestBrowser browser, string action, Action<HttpRequestMessage> headers)
    {
        var token = await browser.GetTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/consent")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("action", action), new("returnUrl", "/article")]),
        };
        headers(request);
        return await browser.SendAsync(request);
    }
}
