using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Consent.AspNetCore.Tests.Middleware;

/// <summary>
/// The scenarios of ASP.NET Core's own cookie-consent tests (src/Security/CookiePolicy/test/CookieConsentTests.cs),
/// run against this library. Where the library differs on purpose, the test name says so: consent is always
/// needed, the consent cookie lives 182 days and its value is opaque, a refusal is stored rather than deleted,
/// and cookies are judged when the headers go, against the decision the request ends with.
/// </summary>
public sealed class CookieConsentScenarioTests
{
    private static async Task<(ConsentTestHost Host, TestBrowser Browser)> Start(RequestDelegate handler, Action<CookieConsentOptions>? configure = null)
    {
        var host = await ConsentTestHost.StartAsync(endpoints => endpoints.Map("/scenario", handler), configure);
        return (host, host.NewBrowser());
    }

    private static ITrackingConsentFeature Feature(HttpContext context) => context.Features.Get<ITrackingConsentFeature>()!;

    [Fact]
    [Trait("Rule", "C1")]
    public async Task Differs_ConsentIsAlwaysNeeded_WhereTheCookiePolicyChecksNothingByDefault()
    {
        (bool Needed, bool Has, bool Track)? seen = null;
        var (host, browser) = await Start(context =>
        {
            var feature = Feature(context);
            seen = (feature.IsConsentNeeded, feature.HasConsent, feature.CanTrack);
            context.Response.Cookies.Append("_ga", "Value");
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/scenario");

        Assert.Equal((true, false, false), seen);
        Assert.Empty(browser.LastSetCookies);
    }

    [Fact]
    [Trait("Rule", "C11")]
    public async Task EssentialCookie_WithoutConsent_IsSent()
    {
        var (host, browser) = await Start(context =>
        {
            context.Response.Cookies.Append("Test", "Value", new CookieOptions { IsEssential = true });
            context.Response.Cookies.Append("Other", "Value", new CookieOptions { IsEssential = false });
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/scenario");

        Assert.Equal(["Test"], browser.LastSetCookies.Select(h => SetCookieHeaderValue.Parse(h).Name.Value));
    }

    [Fact]
    public async Task HasConsent_ReadsTheRequestsConsentCookie()
    {
        bool? has = null;
        var (host, browser) = await Start(context =>
        {
            has = Feature(context).CanTrack;
            context.Response.Cookies.Append("_ga", "Value");
            return Task.CompletedTask;
        });
        await using var _ = host;
        await browser.DecideAsync("accept-all");

        await browser.GetAsync("/scenario");

        Assert.True(has);
        Assert.Contains(browser.LastSetCookies, h => h.StartsWith("_ga=Value", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".AspNet.Consent=yes")]
    [InlineData(".Consent=yes")]
    [InlineData(".Consent=IAmATeapot")]
    [Trait("Rule", "R1")]
    public async Task Differs_ACookieThisSiteDidNotIssue_IsNoConsent_TheValueIsOpaque(string cookie)
    {
        bool? has = null;
        var (host, browser) = await Start(context =>
        {
            has = Feature(context).HasConsent;
            context.Response.Cookies.Append("_ga", "Value");
            return Task.CompletedTask;
        });
        await using var _ = host;
        var (name, value) = (cookie[..cookie.IndexOf('=', StringComparison.Ordinal)], cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        browser.Jar.Add(new System.Net.Cookie(name, value, "/", "localhost"));

        await browser.GetAsync("/scenario");

        Assert.False(has);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith("_ga=", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "C10")]
    public async Task Differs_GrantConsent_SetsAnHttpOnlyConsentCookieFor182DaysNotAYear()
    {
        var (host, browser) = await Start(context =>
        {
            Feature(context).GrantConsent();
            context.Response.Cookies.Append("_ga", "Value");
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/scenario");

        var cookies = SetCookieHeaderValue.ParseList(browser.LastSetCookies.ToList());
        var consent = Assert.Single(cookies, c => c.Name == ".Consent");
        Assert.Equal(TimeSpan.FromDays(182), consent.MaxAge);
        Assert.True(consent.HttpOnly);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, consent.SameSite);
        Assert.NotEqual("yes", consent.Value.Value);
        Assert.Contains(cookies, c => c.Name == "_ga" && c.Value == "Value");
    }

    [Fact]
    public async Task GrantConsent_TheConsentCookieTakesTheConfiguredSameSite()
    {
        var (host, browser) = await Start(
            context =>
            {
                Feature(context).GrantConsent();
                return Task.CompletedTask;
            },
            o => o.ConsentCookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict);
        await using var _ = host;

        await browser.GetAsync("/scenario");

        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, SetCookieHeaderValue.Parse(Assert.Single(browser.LastSetCookies)).SameSite);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public async Task Differs_WithdrawConsent_StoresTheRefusalRatherThanDeletingTheCookie()
    {
        var (host, browser) = await Start(context =>
        {
            Feature(context).WithdrawConsent();
            return Task.CompletedTask;
        });
        await using var _ = host;
        await browser.DecideAsync("accept-all");

        await browser.GetAsync("/scenario");

        var consent = SetCookieHeaderValue.Parse(Assert.Single(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal)));
        Assert.NotEqual(string.Empty, consent.Value.Value);
        Assert.Equal(TimeSpan.FromDays(182), consent.MaxAge);
        var state = await browser.GetStateAsync();
        Assert.True(state.GetProperty("hasDecision").GetBoolean());
        Assert.False(state.GetProperty("categories").GetProperty("analytics").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "C9")]
    public async Task Differs_ACookieWrittenBeforeWithdrawConsent_IsJudgedByTheDecisionTheRequestEndsWith()
    {
        var (host, browser) = await Start(context =>
        {
            context.Response.Cookies.Append("_ga", "Value1");
            Feature(context).WithdrawConsent();
            context.Response.Cookies.Append("_ga", "Value2");
            return Task.CompletedTask;
        });
        await using var _ = host;
        await browser.DecideAsync("accept-all");

        await browser.GetAsync("/scenario");

        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith("_ga=Value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithdrawConsent_AfterTheResponseStarted_ChangesHasConsentButNoCookie()
    {
        bool? has = null;
        var (host, browser) = await Start(async context =>
        {
            await context.Response.WriteAsync("Started.");
            Feature(context).WithdrawConsent();
            has = Feature(context).HasConsent;
            await context.Response.WriteAsync("Withdrawn.");
        });
        await using var _ = host;
        await browser.DecideAsync("accept-all");

        var body = await (await browser.GetAsync("/scenario")).Content.ReadAsStringAsync();

        Assert.Equal("Started.Withdrawn.", body);
        Assert.False(has);
        Assert.Empty(browser.LastSetCookies);
    }

    [Fact]
    public async Task DeleteCookie_DoesNotNeedConsent()
    {
        var (host, browser) = await Start(context =>
        {
            context.Response.Cookies.Delete("Test");
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/scenario");

        var deletion = SetCookieHeaderValue.Parse(Assert.Single(browser.LastSetCookies));
        Assert.Equal(("Test", string.Empty), (deletion.Name.Value, deletion.Value.Value));
        Assert.True(deletion.Expires < DateTimeOffset.UtcNow);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task CreateConsentCookie_AfterGrantConsent_MatchesTheCookieGrantConsentSet()
    {
        string? created = null;
        var (host, browser) = await Start(context =>
        {
            Feature(context).GrantConsent();
            created = Feature(context).CreateConsentCookie();
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/scenario");

        var set = SetCookieHeaderValue.Parse(Assert.Single(browser.LastSetCookies));
        var manual = SetCookieHeaderValue.Parse(created);
        Assert.Equal((set.Name, set.MaxAge, set.SameSite, set.HttpOnly), (manual.Name, manual.MaxAge, manual.SameSite, manual.HttpOnly));
        Assert.Single(host.AuditLog.Events);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task CreateConsentCookie_WithoutADecision_GrantsNothingAndRecordsNothing()
    {
        string? created = null;
        var (host, browser) = await Start(context =>
        {
            created = Feature(context).CreateConsentCookie();
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/scenario");
        var cookie = SetCookieHeaderValue.Parse(created);
        browser.Jar.Add(new System.Net.Cookie(cookie.Name.Value!, cookie.Value.Value, "/", "localhost"));
        var state = await browser.GetStateAsync();

        Assert.True(cookie.Expires < DateTimeOffset.UtcNow);
        Assert.Equal(string.Empty, cookie.Value.Value);
        Assert.False(state.GetProperty("hasDecision").GetBoolean());
        Assert.Empty(host.AuditLog.Events);
    }
}
