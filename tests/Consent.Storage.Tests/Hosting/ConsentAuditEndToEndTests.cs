using System.Diagnostics.Metrics;
using System.Net;
using Consent.AspNetCore;
using Consent.Auditing;
using Consent.Storage.Tests.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Consent.Testing;

namespace Consent.Storage.Tests.Hosting;

/// <summary>The writer seen from outside: through <c>POST /consent</c>, its metrics and its retention.</summary>
public sealed class ConsentAuditEndToEndTests
{
    [Fact]
    public async Task PostConsent_QueueFull_Answers503WithRetryAfterAndAppliesNothing()
    {
        var store = new ScriptedAuditStore();
        await using var app = await StartAsync(store, options => (options.QueueCapacity, options.QueueTimeout) = (1, TimeSpan.Zero));
        using var client = app.GetTestClient();
        store.Hold();
        using var first = await DecisionRequests.CreateAsync(client, "accept-all");
        using var second = await DecisionRequests.CreateAsync(client, "accept-all");
        using var third = await DecisionRequests.CreateAsync(client, "accept-all");
        var inFlight = client.SendAsync(first);
        await store.BatchStarted.Task;
        var queued = client.SendAsync(second);
        while (await QueueDepthAsync(app) < 1)
        {
            await Task.Delay(10);
        }

        // The third decision finds the queue full and is refused at once: 503, Retry-After, no consent cookie.
        using (var refused = await client.SendAsync(third))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            Assert.DoesNotContain(refused.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".Consent=", StringComparison.Ordinal));
        }

        store.Release();
        Assert.Equal(HttpStatusCode.OK, (await inFlight).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
        Assert.Equal(2, store.Committed.Count);
    }

    [Fact]
    public async Task AppendAsync_Committed_CountsAppendsAndBatchSizes()
    {
        var store = new ScriptedAuditStore();
        await using var app = await StartAsync(store);
        var measurements = new List<(string Instrument, long Value)>();
        using var listener = new MeterListener();
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name.StartsWith("consent.audit.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => { lock (measurements) { measurements.Add((instrument.Name, value)); } });
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => { lock (measurements) { measurements.Add((instrument.Name, value)); } });
        listener.Start();
        var log = app.Services.GetRequiredService<IConsentAuditLog>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => log.AppendAsync(TestEvents.Create(i), default).AsTask()));
        listener.RecordObservableInstruments();

        lock (measurements)
        {
            Assert.Equal(10, measurements.Where(m => m.Instrument == "consent.audit.appends").Sum(m => m.Value));
            Assert.Equal(10, measurements.Where(m => m.Instrument == "consent.audit.batch.size").Sum(m => m.Value));
            Assert.Contains(measurements, m => m.Instrument == "consent.audit.queue.depth");
        }
    }

    [Fact]
    [Trait("Rule", "R5")]
    public async Task Retention_Configured_PurgesBodiesOlderThanIt()
    {
        var store = new ScriptedAuditStore();
        var before = DateTimeOffset.UtcNow;
        await using var app = await StartAsync(store, options => options.Retention = TimeSpan.FromDays(365));

        var cutoff = await store.Purged.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.InRange(cutoff, before - TimeSpan.FromDays(365), DateTimeOffset.UtcNow - TimeSpan.FromDays(365));
    }

    private static async Task<int> QueueDepthAsync(WebApplication app)
    {
        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return (int)report.Entries["consent-audit"].Data["queueDepth"];
    }

    private static async Task<WebApplication> StartAsync(ScriptedAuditStore store, Action<ConsentAuditOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddCookieConsent(options => configure?.Invoke(options.Audit)).AddAuditStore(_ => store);
        var app = builder.Build();
        app.UseCookieConsent();
        app.UseAntiforgery();
        app.MapCookieConsent();
        app.MapGet("/token", (IAntiforgery antiforgery, Microsoft.AspNetCore.Http.HttpContext context) => antiforgery.GetAndStoreTokens(context).RequestToken);
        await app.StartAsync();
        return app;
    }
}
