using System.Diagnostics;
using System.Text;
using Consent.Audit.Tool.Tests.Infrastructure;

namespace Consent.Audit.Tool.Tests.Cli;

/// <summary>The built tool, run as a separate process the way an auditor runs it: real exit codes, real UTF-8 output.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Main_TamperedThenMissingStore_ExitCodesAndOutputAsDocumented()
    {
        await using var store = new SqliteTestStore();
        await store.SeedAsync(GeneratedLog.Events(10));

        var intact = await RunAsync("show", GeneratedLog.Visitor.ToString(), "--sqlite", store.Path);
        Assert.True(intact.ExitCode == ExitCodes.Ok, intact.ToString());
        Assert.Contains("[أوافق] [أرفض]", intact.Output, StringComparison.Ordinal);

        await store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 5) WHERE seq = 4;");
        var tampered = await RunAsync("verify", "--sqlite", store.Path);
        Assert.True(tampered.ExitCode == ExitCodes.Tampered, tampered.ToString());
        Assert.Contains("TAMPERED: first bad event 4", tampered.Output, StringComparison.Ordinal);

        var missing = await RunAsync("verify", "--sqlite", store.Path + ".missing");
        Assert.True(missing.ExitCode == ExitCodes.StoreUnreadable, missing.ToString());
        Assert.Single(missing.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", missing.Error, StringComparison.Ordinal);
    }

    private static async Task<ToolResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "consent-audit.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CONSENT_AUDIT_CONNECTION");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new ToolResult(process.ExitCode, await output, await error);
    }
}
