using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consent.Benchmarks.Infrastructure;

namespace Consent.Benchmarks.Middleware;

/// <summary>
/// A request that carries many cookies of a refused category (<c>_ga0</c>, <c>_ga1</c>, …; no consent cookie, so all
/// are refused) and owes a deletion for each (withdrawal, rule C9): 300, and 3,000, about what Kestrel's 32 KB request
/// header limit lets through. The cost per cookie should not grow with the count.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RefusedCookieBenchmarks
{
    private Pipelines _pipelines = null!;
    private string _threeHundred = null!;
    private string _threeThousand = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipelines = new Pipelines(_ => Task.CompletedTask);
        _threeHundred = Cookies(300);
        _threeThousand = Cookies(3000);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("300 refused request cookies")]
    public Task ThreeHundred_Neither() => Pipelines.RunAsync(_pipelines.Neither, _threeHundred);

    [Benchmark, BenchmarkCategory("300 refused request cookies")]
    public Task ThreeHundred_Consent() => Pipelines.RunAsync(_pipelines.Consent, _threeHundred);

    [Benchmark(Baseline = true), BenchmarkCategory("3,000 refused request cookies")]
    public Task ThreeThousand_Neither() => Pipelines.RunAsync(_pipelines.Neither, _threeThousand);

    [Benchmark, BenchmarkCategory("3,000 refused request cookies")]
    public Task ThreeThousand_Consent() => Pipelines.RunAsync(_pipelines.Consent, _threeThousand);

    private static string Cookies(int count) =>
        string.Join("; ", Enumerable.Range(0, count).Select(i => "_ga" + i.ToString(CultureInfo.InvariantCulture) + "=1"));
}
