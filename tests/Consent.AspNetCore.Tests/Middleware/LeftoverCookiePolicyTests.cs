using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Consent.AspNetCore.Tests.Middleware;

/// <summary>A site that keeps <c>app.UseCookiePolicy()</c> from an older template, wherever it sits in the pipeline.</summary>
public sealed class LeftoverCookiePolicyTests
{
    public static TheoryData<bool, bool> Placements() => new()
    {
        { true, false }, { true, true }, { false, false }, { false, true },
    };

    private static Task<ConsentTestHost> Start(bool policyFirst, bool checkConsentNeeded, RequestDelegate handler, CapturingLoggerProvider? logs = null) =>
        ConsentTestHost.StartAsync(
            endpoints => endpoints.Map("/feature", handler),
            beforeConsent: policyFirst ? app => app.UseCookiePolicy() : null,
            afterConsent: policyFirst ? null : app => app.UseCookiePolicy(),
            services: s =>
            {
                s.AddCookiePolicy(o =>
                {
                    o.MinimumSameSitePolicy = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
                    if (checkConsentNeeded)
                    {
                        o.CheckConsentNeeded = _ => true;
                    }
                });
                if (logs is not null)
                {
                    s.AddLogging(b => b.AddProvider(logs));
                }
            });

    [Theory]
    [MemberData(nameof(Placements))]
    [Trait("Rule", "C5")]
    public async Task CanTrack_WithoutADecision_IsFalseWhateverTheCookiePolicySays(bool policyFirst, bool checkConsentNeeded)
    {
        bool? canTrack = null;
        await using var host = await Start(policyFirst, checkConsentNeeded, context =>
        {
            canTrack = context.Features.Get<ITrackingConsentFeature>()!.CanTrack;
            return Task.CompletedTask;
        });
        var browser = host.NewBrowser();
        browser.Jar.Add(new System.Net.Cookie(".AspNet.Consent", "yes", "/", "localhost"));

        await browser.GetAsync("/feature");

        Assert.False(canTrack);
    }

    [Theory]
    [MemberData(nameof(Placements))]
    [Trait("Rule", "R1")]
    public async Task GrantConsent_ThroughWhicheverFeatureAnswers_IsRecordedAndSetsOnlyTheLibrarysCookie(bool policyFirst, bool checkConsentNeeded)
    {
        bool? canTrack = null;
        await using var host = await Start(policyFirst, checkConsentNeeded, context =>
        {
            var feature = context.Features.Get<ITrackingConsentFeature>()!;
            feature.GrantConsent();
            canTrack = feature.CanTrack;
            return Task.CompletedTask;
        });
        var browser = host.NewBrowser();

        await browser.GetAsync("/feature");

        Assert.True(canTrack);
        Assert.Equal("feature:grant", Assert.Single(host.AuditLog.Events).Control);
        Assert.True(browser.Cookies.ContainsKey(".Consent"));
        Assert.False(browser.Cookies.ContainsKey(".AspNet.Consent"));
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public async Task MinimumSameSitePolicy_KeepsWorking_AndCookiesFollowTheVisitorsCategories(bool policyFirst, bool checkConsentNeeded)
    {
        bool? canTrack = null;
        await using var host = await Start(policyFirst, checkConsentNeeded, context =>
        {
            canTrack = context.Features.Get<ITrackingConsentFeature>()!.CanTrack;
            context.Response.Cookies.Append("pref", "v", new CookieOptions { SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax });
            context.Response.Cookies.Append("_ga", "v");
            return Task.CompletedTask;
        });
        var browser = host.NewBrowser();
        await browser.DecideAsync("save", ConsentCategory.Functional);

        await browser.GetAsync("/feature");

        Assert.False(canTrack);
        var pref = SetCookieHeaderValue.Parse(Assert.Single(browser.LastSetCookies, h => h.StartsWith("pref=", StringComparison.Ordinal)));
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, pref.SameSite);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith("_ga=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Startup_WithCheckConsentNeededSet_SaysWhatToRemove()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await Start(policyFirst: true, checkConsentNeeded: true, _ => Task.CompletedTask, logs);

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("CheckConsentNeeded", StringComparison.Ordinal));
        Assert.Contains("remove CheckConsentNeeded", warning.Message, StringComparison.Ordinal);
        Assert.Contains("_CookieConsentPartial", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_WithOnlyMinimumSameSitePolicy_SaysNothing()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await Start(policyFirst: true, checkConsentNeeded: false, _ => Task.CompletedTask, logs);

        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("CheckConsentNeeded", StringComparison.Ordinal));
    }
}
