using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Consent.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
