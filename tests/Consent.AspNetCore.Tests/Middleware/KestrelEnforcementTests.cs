using Consent.AspNetCore.Tests.Infrastructure;

namespace Consent.AspNetCore.Tests.Middleware;

/// <summary>
/// The cookie-writing ways of <see cref="EnforcementTests"/> again on Kestrel, whose response start (body writes,
/// flushes, <c>OnStarting</c> order, the end of the pipeline) is the one production uses, not TestServer's.
/// </summary>
public sealed class KestrelEnforcementTests : IAsyncLifetime
{
    private ConsentTestHost _host = null!;

    public static TheoryData<string> Ways => [.. CookieWriter.Ways];

    public async Task InitializeAsync() =>
        _host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, beforeConsent: CookieWriter.OuterMiddleware, kestrel: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [Trait("Rule", "C1")]
    [MemberData(nameof(Ways))]
    public async Task OnKestrel_OptionalCookie_BeforeAnyDecision_IsStripped(string way)
    {
        var browser = _host.NewBrowser();

        var response = await browser.GetAsync($"/set?name=_ga&how={way}");

        Assert.True(response.IsSuccessStatusCode);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith("_ga=", StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Rule", "C11")]
    [MemberData(nameof(Ways))]
    public async Task OnKestrel_NecessaryCookie_BeforeAnyDecision_Passes(string way)
    {
        var browser = _host.NewBrowser();

        await browser.GetAsync($"/set?name=session&how={way}");

        Assert.Equal("v", browser.Cookies["session"]);
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task OnKestrel_OptionalCookie_AfterAcceptAll_Passes(string way)
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("accept-all");

        await browser.GetAsync($"/set?name=ad_id&how={way}");

        Assert.Equal("v", browser.Cookies["ad_id"]);
    }
}
