using BenchmarkDotNet.Running;
using Consent.Benchmarks.Auditing;
using Consent.Benchmarks.Load;

namespace Consent.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/Consent.Benchmarks -- --filter '*'</c>; or, with
/// <c>make-audit-log PATH COUNT [PRIVATE_KEY_PEM]</c>, writes a generated audit log for the tool measurements in Load/;
/// with <c>minimal-api-host MODE AUDIT_DB [host arguments]</c>, runs the Kestrel host of <c>run-minimal-api-load.sh</c>.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["make-audit-log", var path, var count, .. var key] && key.Length <= 1)
        {
            return await AuditLogMaker.RunAsync(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), key.FirstOrDefault());
        }

        if (args is ["minimal-api-host", var mode, var auditDatabase, .. var hostArgs])
        {
            return await MinimalApiLoadHost.RunAsync(mode, auditDatabase, hostArgs);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
