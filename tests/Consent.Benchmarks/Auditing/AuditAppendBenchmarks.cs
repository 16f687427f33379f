using BenchmarkDotNet.Attributes;
using Consent.Abstractions;
using Consent.AspNetCore;
using Consent.Auditing;

namespace Consent.Benchmarks.Auditing;

/// <summary>
/// Durable appends through the group-commit writer: 2,000 concurrent callers, each waiting for its own commit,
/// as 2,000 simultaneous POST /consent requests would. Reported per append. Keyed, each event carries a fresh
/// submission key, as every post of a rendered form does: the store then looks the batch's keys up before appending.
/// </summary>
[MemoryDiagnoser]
public class AuditAppendBenchmarks
{
    private const int Callers = 2000;
    private AuditStores _stores = null!;
    private ConsentEvent[] _events = null!;

    [Params("Sqlite", "PostgreSql")]
    public string Store { get; set; } = "Sqlite";

    [Params(false, true)]
    public bool Keyed { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _stores = await AuditStores.StartAsync(Store);
        _events = [.. Enumerable.Range(0, Callers).Select(AuditStores.SampleEvent)];
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _stores.DisposeAsync();

    [Benchmark(OperationsPerInvoke = Callers)]
    public Task DurableAppend()
    {
        var log = _stores.Log;
        var appends = new Task[Callers];
        for (var i = 0; i < Callers; i++)
        {
            // A new key every time (a key the log holds would be answered from its first event); unkeyed, the same copy.
            var consentEvent = _events[i] with { SubmissionKey = Keyed ? ConsentSubmissionKey.New() : null };
            appends[i] = log.AppendAsync(consentEvent, CancellationToken.None).AsTask();
        }

        return Task.WhenAll(appends);
    }
}
