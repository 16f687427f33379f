using System.Net;
using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.Middleware;

/// <summary>
/// Middleware that tries to get a cookie past enforcement: from a startup filter registered before
/// <c>AddCookieConsent()</c>, through a response feature of its own, or as a trailer. On a TestServer and on Kestrel.
/// </summary>
public sealed class HostileMiddlewareTests
{
    public static TheoryData<bool> Servers => [false, true];

    [Theory]
    [Trait("Rule", "C1")]
    [MemberData(nameof(Servers))]
    public async Task AStartupFilterRegisteredBeforeAddCookieConsent_CannotSetACookieInOnStarting(bool kestrel)
    {
        await using var host = await ConsentTestHost.StartAsync(
            kestrel: kestrel,
            servicesFirst: services => services.AddSingleton<IStartupFilter, OnStartingCookieFilter>());
        var browser = host.NewBrowser();

        await browser.GetAsync("/article");

        Assert.Contains("session", browser.Cookies.Keys); // its necessary cookie shows the filter ran
        Assert.DoesNotContain("_ga", browser.Cookies.Keys);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith("_ga", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Servers))]
    public async Task AStartupFilterRegisteredBeforeAddCookieConsent_SetsItsCookieOnceGranted(bool kestrel)
    {
        await using var host = await ConsentTestHost.StartAsync(
            kestrel: kestrel,
            servicesFirst: services => services.AddSingleton<IStartupFilter, OnStartingCookieFilter>());
        var browser = host.NewBrowser();
        await browser.DecideAsync("accept-all");

        await browser.GetAsync("/article");

        Assert.Equal("1", browser.Cookies["_ga"]);
    }

    [Theory]
    [Trait("Rule", "C1")]
    [MemberData(nameof(Servers))]
    public async Task AMiddlewareWithAResponseFeatureOfItsOwn_CannotSmuggleACookie(bool kestrel)
    {
        await using var host = await ConsentTestHost.StartAsync(
            routes: endpoints => endpoints.MapGet("/smuggle", (HttpContext context) =>
            {
                context.Response.Cookies.Append("ad_id", "1");
                context.Response.Headers.Append("Set-Cookie", "_ga=2; Path=/");
                context.Response.Cookies.Append("session", "3");
                return "ok";
            }),
            beforeConsent: app => app.Use((context, next) =>
            {
                _ = new OwnHeadersResponseFeature(context.Features);
                return next(context);
            }),
            kestrel: kestrel);
        var browser = host.NewBrowser();

        var response = await browser.GetAsync("/smuggle");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("3", browser.Cookies["session"]); // the copy happened
        Assert.DoesNotContain("ad_id", browser.Cookies.Keys);
        Assert.DoesNotContain("_ga", browser.Cookies.Keys);
    }

    [Theory]
    [Trait("Rule", "C1")]
    [MemberData(nameof(Servers))]
    public async Task ASetCookieTrailer_IsNeverSent_OtherTrailersAre(bool kestrel)
    {
        await using var host = await ConsentTestHost.StartAsync(
            routes: endpoints => endpoints.MapGet("/trailer", async (HttpContext context) =>
            {
                Assert.True(context.Response.SupportsTrailers());
                context.Response.DeclareTrailer("Set-Cookie");
                await context.Response.WriteAsync("ok");
                context.Response.AppendTrailer("Set-Cookie", "ad_id=1; Max-Age=31536000");
                context.Response.AppendTrailer("Set-Cookie", "_ga=1");
                context.Response.AppendTrailer("x-checksum", "abc");
            }),
            kestrel: kestrel,
            http2: kestrel);
        var browser = host.NewBrowser();

        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/trailer") { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact });
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());

        Assert.Equal(kestrel ? HttpVersion.Version20 : response.Version, response.Version);
        Assert.Equal("abc", Assert.Single(response.TrailingHeaders.GetValues("x-checksum")));
        Assert.False(response.TrailingHeaders.Contains("Set-Cookie"));
    }

    /// <summary>A startup filter whose middleware writes an analytics cookie, and a necessary one, in <c>OnStarting</c>.</summary>
    private sealed class OnStartingCookieFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.Append("Set-Cookie", "_ga=1; Path=/");
                    context.Response.Headers.Append("Set-Cookie", "session=s; Path=/");
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>
    /// Stands in for the server's response feature with a header dictionary of its own, and copies those headers to
    /// the server's in an <c>OnStarting</c> callback of its own.
    /// </summary>
    private sealed class OwnHeadersResponseFeature : IHttpResponseFeature
    {
        private readonly IHttpResponseFeature _server;

        public OwnHeadersResponseFeature(IFeatureCollection features)
        {
            _server = features.GetRequiredFeature<IHttpResponseFeature>();
            features.Set<IHttpResponseFeature>(this);
            features.Set<IResponseCookiesFeature>(new ResponseCookiesFeature(features));
            _server.OnStarting(
                static state =>
                {
                    var self = (OwnHeadersResponseFeature)state;
                    foreach (var (name, value) in self.Headers)
                    {
                        self._server.Headers[name] = value;
                    }

                    return Task.CompletedTask;
                },
                this);
        }

        public int StatusCode { get => _server.StatusCode; set => _server.StatusCode = value; }

        public string? ReasonPhrase { get => _server.ReasonPhrase; set => _server.ReasonPhrase = value; }

        public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

        [Obsolete("Use IHttpResponseBodyFeature.Stream instead.")]
        public Stream Body { get => _server.Body; set => _server.Body = value; }

        public bool HasStarted => _server.HasStarted;

        public void OnStarting(Func<object, Task> callback, object state) => _server.OnStarting(callback, state);

        public void OnCompleted(Func<object, Task> callback, object state) => _server.OnCompleted(callback, state);
    }
}
