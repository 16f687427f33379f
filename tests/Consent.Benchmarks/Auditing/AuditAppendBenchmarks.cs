using BenchmarkDotNet.Attributes;
using Consent.AspNetCore;
using Consent.Auditing;

namespace Consent.Benchmarks.Auditing;

/// <summary>
/// Durable appends through the group-commit writer: 2,000 concurrent callers, each waiting for its own commit,
/// as 2,000 simultaneous POST /consent requests would. Reported per append.
/// </summary>
[MemoryDiagnoser]
public class AuditAppendBenchmarks
{
    private const int Callers = 2000;
    private AuditStores _stores = null!;
    private ConsentEvent[] _events = null!;

    [Params("Sqlite", "PostgreSql")]
    public string Store { get; set; } = "Sqlite";

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
            appends[i] = log.AppendAsync(_events[i], CancellationToken.None).AsTask();
        }

        return Task.WhenAll(appends);
    }
}
