using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Consent.AspNetCore.Tests.Middleware;

/// <summary>
/// Cookies of a refused category dressed as deletions (<see cref="DisguisedDeletions"/>), written by a route, on a
/// TestServer and on Kestrel with UTF-8 response headers: none is sent, since to a browser none of them deletes.
/// </summary>
public sealed class DisguisedDeletionTests
{
    /// <summary>The one case written through <see cref="CookieOptions"/>: Max-Age zero, then another Max-Age as an extension.</summary>
    private const int WithOptions = DisguisedDeletions.Count;

    public static TheoryData<int, bool> Cases()
    {
        var cases = new TheoryData<int, bool>();
        for (var index = 0; index <= WithOptions; index++)
        {
            cases.Add(index, false);
            cases.Add(index, true);
        }

        return cases;
    }

    [Theory]
    [Trait("Rule", "C1")]
    [MemberData(nameof(Cases))]
    public async Task ADisguisedDeletionOfARefusedCookie_IsNotSent(int index, bool kestrel)
    {
        await using var host = await StartAsync(kestrel);
        var browser = host.NewBrowser();

        var response = await browser.GetAsync($"/disguise?index={index}");

        Assert.True(response.IsSuccessStatusCode);
        // None of them is a deletion to a browser, so none goes out at all; a real deletion would go out as the library's.
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith("_ga_trk", StringComparison.Ordinal));
        Assert.DoesNotContain("_ga_trk", browser.Cookies.Keys);
    }

    [Theory]
    [Trait("Rule", "C9")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ARealDeletionOfARefusedCookie_GoesOutAsTheLibrarysOwn(bool kestrel)
    {
        await using var host = await StartAsync(kestrel);
        var browser = host.NewBrowser();

        await browser.GetAsync("/disguise?index=-1");

        Assert.Equal(DisguisedDeletions.Canonical("_ga_trk", "/x"), Assert.Single(browser.LastSetCookies, h => h.StartsWith("_ga_trk", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TheSameCookieAfterAcceptAll_GoesOutAsWritten(int index, bool kestrel)
    {
        await using var host = await StartAsync(kestrel);
        var browser = host.NewBrowser();
        await browser.DecideAsync("accept-all");

        await browser.GetAsync($"/disguise?index={index}");

        var sent = Assert.Single(browser.LastSetCookies, h => h.StartsWith("_ga_trk=", StringComparison.Ordinal));
        var written = index is WithOptions ? "_ga_trk=abc; max-age=0; path=/; Max-Age=31536000" : DisguisedDeletions.Header(index, "_ga_trk", DateTimeOffset.UtcNow);
        Assert.Equal(written.Split(';')[0], sent.Split(';')[0]);
        Assert.Equal(written.Split(';').Length, sent.Split(';').Length);
    }

    private static Task<ConsentTestHost> StartAsync(bool kestrel) =>
        ConsentTestHost.StartAsync(MapDisguise, kestrel: kestrel, utf8ResponseHeaders: true);

    private static void MapDisguise(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/disguise", (HttpContext context, int index) =>
        {
            if (index < 0)
            {
                context.Response.Headers.Append("Set-Cookie", "_ga_trk=gone; expires=Thu, 01-Jan-70 00:00:01 GMT; max-age=-5; path=/x; samesite=lax");
            }
            else if (index == WithOptions)
            {
                var options = new CookieOptions { MaxAge = TimeSpan.Zero };
                options.Extensions.Add("Max-Age=31536000");
                context.Response.Cookies.Append("_ga_trk", "abc", options);
            }
            else
            {
                context.Response.Headers.Append("Set-Cookie", DisguisedDeletions.Header(index, "_ga_trk", DateTimeOffset.UtcNow));
            }

            return "ok";
        });
}
