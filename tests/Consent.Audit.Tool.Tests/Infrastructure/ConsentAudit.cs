using System.Globalization;

namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>Runs <c>consent-audit</c> in-process through its entry point, capturing standard output and error.</summary>
internal static class ConsentAudit
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the tool; without <paramref name="uiCulture"/>, in the invariant culture, which speaks English.</summary>
    public static async Task<ToolResult> RunAsync(string[] args, Dictionary<string, string>? environment = null, bool showProgress = false, CultureInfo? uiCulture = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new AuditToolContext(output, error, name => environment?.GetValueOrDefault(name), new FixedTime(Now), showProgress, uiCulture ?? CultureInfo.InvariantCulture);
        var exitCode = await AuditTool.RunAsync(args, context);
        return new ToolResult(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What a run printed and returned.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
