using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Consent.Abstractions;
using Consent.AspNetCore;
using Consent.Auditing;

namespace Consent.Benchmarks.Auditing;

/// <summary>Verifying a log of 1,000,000 events read from the database: chain, bodies, look-up columns, text archive and signatures.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AuditVerifyBenchmarks
{
    private const int Events = 1_000_000;
    private AuditStores _stores = null!;

    [Params("Sqlite", "PostgreSql")]
    public string Store { get; set; } = "Sqlite";

    [GlobalSetup]
    public async Task Setup()
    {
        // Signed as a site with Consent:Audit:Signing is: the store's verification then checks every signature too.
        _stores = await AuditStores.StartAsync(Store, signed: true);
        var template = AuditStores.SampleEvent(0);
        const int batch = 10_000;
        for (var start = 0; start < Events; start += batch)
        {
            var records = new ConsentAuditRecord[batch];
            for (var i = 0; i < batch; i++)
            {
                var consentEvent = template with { ConsentId = ConsentId.New(), OccurredAt = template.OccurredAt.AddSeconds(start + i) };
                records[i] = new ConsentAuditRecord(consentEvent, ConsentEventEncoding.Encode(consentEvent));
            }

            await _stores.Store.AppendBatchAsync(records, CancellationToken.None);
        }
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _stores.DisposeAsync();

    [Benchmark]
    public async Task<bool> VerifyMillion()
    {
        var result = await _stores.Store.VerifyAsync(null, CancellationToken.None);
        return result.IsValid;
    }
}
