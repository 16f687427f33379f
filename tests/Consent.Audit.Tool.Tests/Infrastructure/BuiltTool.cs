namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>The built <c>consent-audit</c>, run as a separate process as an auditor runs it.</summary>
internal static class BuiltTool
{
    public static Task<ToolResult> RunAsync(params string[] args) =>
        ChildProcess.RunAsync(ChildProcess.DotNetHost, [Path.Combine(AppContext.BaseDirectory, "consent-audit.dll"), .. args], TimeSpan.FromSeconds(60));
}
