using BenchmarkDotNet.Running;

namespace Consent.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/Consent.Benchmarks -- --filter '*'</c>.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
