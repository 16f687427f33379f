using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Consent.Testing;

namespace Consent.Auditing.Tests.Writing;

/// <summary>The group-commit writer: batching, back-pressure, draining on shutdown, health.</summary>
public sealed class ConsentAuditLogWriterTests
{
    [Fact]
    public async Task AppendAsync_ManyConcurrentAppends_ShareTransactions()
    {
        var store = new ScriptedAuditStore();
        using var host = await StartAsync(store);
        var log = host.Services.GetRequiredService<IConsentAuditLog>();
        store.Hold();
        var first = log.AppendAsync(TestEvents.Create(0), default).AsTask();
        await store.BatchStarted.Task;

        var rest = Enumerable.Range(1, 199).Select(i => log.AppendAsync(TestEvents.Create(i), default).AsTask()).ToList();
        store.Release();
        await Task.WhenAll(rest.Append(first));

        Assert.Equal(200, store.Committed.Count);
        Assert.True(store.BatchSizes.Count <= 3, $"{store.BatchSizes.Count} transactions for 200 waiting appends");
    }

    // Issue 14: a retry queued in the same batch as its first submission never reaches the store; both learn of one event.
    [Fact]
    [Trait("Rule", "R1")]
    public async Task AppendAsync_SameKeyTwiceInOneBatch_CommitsOneEventAndAnswersTheRetryFromIt()
    {
        var store = new ScriptedAuditStore();
        using var host = await StartAsync(store);
        var log = host.Services.GetRequiredService<IConsentAuditLog>();
        store.Hold();
        var blocker = log.AppendAsync(TestEvents.Create(0), default).AsTask();
        await store.BatchStarted.Task;
        var key = Consent.Abstractions.ConsentSubmissionKey.New();
        var first = TestEvents.Create(1) with { SubmissionKey = key };

        var appends = new[]
        {
            log.AppendAsync(first, default).AsTask(),
            log.AppendAsync(TestEvents.Create(2), default).AsTask(),
            log.AppendAsync(TestEvents.Create(3) with { SubmissionKey = key }, default).AsTask(),
        };
        store.Release();
        await blocker;
        var results = await Task.WhenAll(appends);

        Assert.Equal([false, false, true], results.Select(r => r.IsAlreadyRecorded));
        Assert.Same(first, results[2].FirstEvent);
        Assert.Equal(3, store.Committed.Count);
        Assert.Single(store.Committed, e => e.SubmissionKey == key);
    }

    [Fact]
    public async Task AppendAsync_QueueStaysFull_ThrowsBusyWithRetryAfter()
    {
        var store = new ScriptedAuditStore();
        using var host = await StartAsync(store, queueCapacity: 2, queueTimeout: TimeSpan.FromMilliseconds(100));
        var log = host.Services.GetRequiredService<IConsentAuditLog>();
        store.Hold();
        var inFlight = log.AppendAsync(TestEvents.Create(0), default).AsTask();
        await store.BatchStarted.Task;
        var queued = new[] { log.AppendAsync(TestEvents.Create(1), default).AsTask(), log.AppendAsync(TestEvents.Create(2), default).AsTask() };

        var busy = await Assert.ThrowsAsync<ConsentAuditLogBusyException>(() => log.AppendAsync(TestEvents.Create(3), default).AsTask());

        Assert.True(busy.RetryAfter >= TimeSpan.FromSeconds(1));
        store.Release();
        await Task.WhenAll(queued.Append(inFlight));
        Assert.Equal(3, store.Committed.Count);
    }

    [Fact]
    public async Task StopAsync_FullQueue_CommitsEveryQueuedAppend()
    {
        var store = new ScriptedAuditStore();
        var host = await StartAsync(store, queueCapacity: 500);
        var log = host.Services.GetRequiredService<IConsentAuditLog>();
        store.Hold();
        var appends = Enumerable.Range(0, 500).Select(i => log.AppendAsync(TestEvents.Create(i), default).AsTask()).ToList();
        await store.BatchStarted.Task;

        var stopping = host.StopAsync();
        store.Release();
        await stopping;
        await Task.WhenAll(appends);
        host.Dispose();

        Assert.Equal(500, store.Committed.Count);
        await Assert.ThrowsAsync<ConsentAuditLogBusyException>(() => log.AppendAsync(TestEvents.Create(9), default).AsTask());
    }

    [Fact]
    public async Task CheckHealthAsync_LastCommitFailed_IsUnhealthyUntilNextSuccess()
    {
        var store = new ScriptedAuditStore { FailWith = new InvalidOperationException("disk full") };
        using var host = await StartAsync(store);
        var log = host.Services.GetRequiredService<IConsentAuditLog>();
        var health = host.Services.GetRequiredService<HealthCheckService>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => log.AppendAsync(TestEvents.Create(0), default).AsTask());
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status);

        store.FailWith = null;
        await log.AppendAsync(TestEvents.Create(1), default);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
    }

    private static async Task<IHost> StartAsync(ScriptedAuditStore store, int queueCapacity = 10_000, TimeSpan? queueTimeout = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.Configure<ConsentAuditOptions>(options =>
        {
            options.QueueCapacity = queueCapacity;
            options.QueueTimeout = queueTimeout ?? TimeSpan.FromSeconds(2);
        });
        new AuditBuilder(builder.Services).AddAuditStore(_ => store);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>What a store registers on, without ASP.NET Core: the writer needs nothing of the web package.</summary>
    private sealed class AuditBuilder(IServiceCollection services) : IConsentAuditBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
