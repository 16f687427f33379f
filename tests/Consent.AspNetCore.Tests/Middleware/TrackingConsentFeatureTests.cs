using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Auditing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore.Tests.Middleware;

/// <summary>What ASP.NET Core's own cookie-policy tests expect of <see cref="ITrackingConsentFeature"/>, for our feature.</summary>
public sealed class TrackingConsentFeatureTests
{
    private static async Task<(TestBrowser Browser, ConsentTestHost Host)> HostWith(RequestDelegate handler)
    {
        var host = await ConsentTestHost.StartAsync(endpoints => endpoints.Map("/feature", handler));
        return (host.NewBrowser(), host);
    }

    [Fact]
    public async Task Feature_WithoutDecision_NeedsConsentAndCannotTrack()
    {
        bool? needed = null, has = null, canTrack = null;
        var (browser, host) = await HostWith(context =>
        {
            var feature = context.Features.Get<ITrackingConsentFeature>()!;
            (needed, has, canTrack) = (feature.IsConsentNeeded, feature.HasConsent, feature.CanTrack);
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/feature");

        Assert.True(needed);
        Assert.False(has);
        Assert.False(canTrack);
    }

    [Fact]
    public async Task GrantConsent_SetsTheCookieAndLetsLaterCookiesThrough()
    {
        bool? before = null, after = null;
        var (browser, host) = await HostWith(context =>
        {
            var feature = context.Features.Get<ITrackingConsentFeature>()!;
            before = feature.CanTrack;
            feature.GrantConsent();
            after = feature.CanTrack;
            context.Response.Cookies.Append("_ga", "v");
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/feature");

        Assert.False(before);
        Assert.True(after);
        Assert.True(browser.Cookies.ContainsKey(".Consent"));
        Assert.True(browser.Cookies.ContainsKey("_ga"));
        Assert.Equal("feature:grant", Assert.Single(host.AuditLog.Events).Control);
        Assert.True((await browser.GetStateAsync()).GetProperty("categories").GetProperty("marketing").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "G1")]
    public async Task GrantConsent_UnderGlobalPrivacyControl_GivesConsentAndKeepsMarketingBlocked()
    {
        (bool Has, bool Track)? after = null;
        var (_, host) = await HostWith(context =>
        {
            var feature = context.Features.Get<ITrackingConsentFeature>()!;
            feature.GrantConsent();
            after = (feature.HasConsent, feature.CanTrack);
            context.Response.Cookies.Append("_ga", "v");
            context.Response.Cookies.Append("ad_id", "v");
            return Task.CompletedTask;
        });
        await using var _ = host;
        var browser = host.NewBrowser(globalPrivacyControl: true);

        await browser.GetAsync("/feature");
        var again = await browser.GetAsync("/feature");

        Assert.Equal((true, true), after);
        Assert.True(browser.Cookies.ContainsKey("_ga"));
        Assert.False(browser.Cookies.ContainsKey("ad_id"));
        Assert.Single(host.AuditLog.Events);
        Assert.True(host.AuditLog.Events[0].GlobalPrivacyControl);
    }

    [Fact]
    public async Task GrantConsent_WhenAlreadyGranted_DoesNotSetTheCookieAgain()
    {
        var (browser, host) = await HostWith(context =>
        {
            context.Features.Get<ITrackingConsentFeature>()!.GrantConsent();
            return Task.CompletedTask;
        });
        await using var _ = host;
        await browser.DecideAsync("accept-all");

        await browser.GetAsync("/feature");

        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        Assert.Single(host.AuditLog.Events);
    }

    [Fact]
    public async Task GrantConsent_AfterTheResponseStarted_SetsHasConsentButNoCookie()
    {
        bool? has = null;
        var (browser, host) = await HostWith(async context =>
        {
            await context.Response.WriteAsync("started");
            var feature = context.Features.Get<ITrackingConsentFeature>()!;
            feature.GrantConsent();
            has = feature.HasConsent;
        });
        await using var _ = host;

        await browser.GetAsync("/feature");

        Assert.True(has);
        Assert.False(browser.Cookies.ContainsKey(".Consent"));
    }

    [Fact]
    public async Task WithdrawConsent_WithoutConsent_DoesNothing()
    {
        var (browser, host) = await HostWith(context =>
        {
            context.Features.Get<ITrackingConsentFeature>()!.WithdrawConsent();
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/feature");

        Assert.Empty(browser.LastSetCookies);
        Assert.Empty(host.AuditLog.Events);
    }

    [Fact]
    [Trait("Rule", "C9")]
    public async Task WithdrawConsent_RefusesEverythingAndExpiresOptionalCookies()
    {
        bool? after = null;
        var (browser, host) = await HostWith(context =>
        {
            var feature = context.Features.Get<ITrackingConsentFeature>()!;
            context.Response.Cookies.Append("_ga", "new");
            feature.WithdrawConsent();
            after = feature.CanTrack;
            return Task.CompletedTask;
        });
        await using var _ = host;
        await browser.DecideAsync("accept-all");
        browser.Jar.Add(new System.Net.Cookie("_ga", "old", "/", "localhost"));

        await browser.GetAsync("/feature");

        Assert.False(after);
        Assert.False(browser.Cookies.ContainsKey("_ga"));
        Assert.Equal(ConsentEventType.Withdrawal, host.AuditLog.Events[^1].Type);
        Assert.False((await browser.GetStateAsync()).GetProperty("categories").GetProperty("analytics").GetBoolean());
    }

    [Fact]
    public async Task CreateConsentCookie_MatchesTheCookieGrantConsentSets()
    {
        string? created = null;
        var (browser, host) = await HostWith(context =>
        {
            var feature = context.Features.Get<ITrackingConsentFeature>()!;
            feature.GrantConsent();
            created = feature.CreateConsentCookie();
            return Task.CompletedTask;
        });
        await using var _ = host;

        await browser.GetAsync("/feature");

        var set = Assert.Single(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        Assert.NotNull(created);
        Assert.StartsWith(".Consent=", created, StringComparison.Ordinal);
        Assert.Equal(Attributes(set), Attributes(created));
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task GrantConsent_WhenTheAuditLogFails_IsNotTakenAndNoCookieIsSet()
    {
        bool? has = null;
        await using var host = await ConsentTestHost.StartAsync(
            endpoints => endpoints.Map("/feature", context =>
            {
                var feature = context.Features.Get<ITrackingConsentFeature>()!;
                feature.GrantConsent();
                has = feature.HasConsent;
                return Task.CompletedTask;
            }),
            services: s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IConsentAuditLog, FailingAuditLog>(s));
        var browser = host.NewBrowser();

        await browser.GetAsync("/feature");

        Assert.False(has);
        Assert.False(browser.Cookies.ContainsKey(".Consent"));
        Assert.False((await browser.GetStateAsync()).GetProperty("hasDecision").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task GrantConsent_ReturnsOnlyOnceTheAuditLogHasTheEvent()
    {
        var log = new SlowAuditLog();
        int? recordedWhenReturned = null;
        bool? has = null;
        await using var host = await ConsentTestHost.StartAsync(
            endpoints => endpoints.Map("/feature", context =>
            {
                var feature = context.Features.Get<ITrackingConsentFeature>()!;
                feature.GrantConsent();
                (recordedWhenReturned, has) = (log.Events.Count, feature.HasConsent);
                return Task.CompletedTask;
            }),
            services: s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IConsentAuditLog>(s, log));
        var browser = host.NewBrowser();

        await browser.GetAsync("/feature");

        Assert.Equal(1, recordedWhenReturned);
        Assert.True(has);
        Assert.True(browser.Cookies.ContainsKey(".Consent"));
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task WithdrawConsent_WhenTheAuditLogFails_KeepsTheGrantAndItsCookies()
    {
        var log = new SwitchableAuditLog();
        bool? after = null;
        await using var host = await ConsentTestHost.StartAsync(
            endpoints => endpoints.Map("/feature", context =>
            {
                var feature = context.Features.Get<ITrackingConsentFeature>()!;
                log.Fail = true;
                feature.WithdrawConsent();
                after = feature.CanTrack;
                return Task.CompletedTask;
            }),
            services: s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IConsentAuditLog>(s, log));
        var browser = host.NewBrowser();
        await browser.DecideAsync("accept-all");
        browser.Jar.Add(new System.Net.Cookie("_ga", "old", "/", "localhost"));

        await browser.GetAsync("/feature");

        Assert.True(after);
        Assert.True(browser.Cookies.ContainsKey("_ga"));
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
    }

    private sealed class FailingAuditLog : IConsentAuditLog
    {
        public ValueTask<ConsentAuditAppendResult> AppendAsync(ConsentEvent consentEvent, CancellationToken cancellationToken) =>
            ValueTask.FromException<ConsentAuditAppendResult>(new IOException("disk gone"));
    }

    /// <summary>An audit log that takes a while to commit, as a durable one does.</summary>
    private sealed class SlowAuditLog : IConsentAuditLog
    {
        public System.Collections.Concurrent.ConcurrentQueue<ConsentEvent> Events { get; } = new();

        public async ValueTask<ConsentAuditAppendResult> AppendAsync(ConsentEvent consentEvent, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            Events.Enqueue(consentEvent);
            return ConsentAuditAppendResult.Appended;
        }
    }

    /// <summary>An audit log that works until the test says otherwise.</summary>
    private sealed class SwitchableAuditLog : IConsentAuditLog
    {
        public bool Fail { get; set; }

        public ValueTask<ConsentAuditAppendResult> AppendAsync(ConsentEvent consentEvent, CancellationToken cancellationToken) =>
            Fail ? ValueTask.FromException<ConsentAuditAppendResult>(new IOException("disk gone")) : ValueTask.FromResult(ConsentAuditAppendResult.Appended);
    }

    private static string Attributes(string header) => header[header.IndexOf(';', StringComparison.Ordinal)..];
}
