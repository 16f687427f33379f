using System.Diagnostics;
using System.Text;

namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>Runs a program as a separate process, with UTF-8 output, and fails the test if it does not end in time.</summary>
internal static class ChildProcess
{
    /// <summary>Gets the <c>dotnet</c> that runs the tests: <c>DOTNET_HOST_PATH</c>, else the first on <c>PATH</c>.</summary>
    public static string DotNetHost { get; } = FindDotNetHost();

    /// <summary>Runs <paramref name="program"/> and returns its exit code and output.</summary>
    /// <param name="program">The executable.</param>
    /// <param name="arguments">Its arguments, each passed as it is.</param>
    /// <param name="timeout">How long it may run; then it is killed with its children and the test fails.</param>
    /// <param name="environment">Variables to set (a null value removes one) on top of the test's own.</param>
    public static async Task<ToolResult> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("CONSENT_AUDIT_CONNECTION");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not end within {timeout}.");
        }

        return new ToolResult(process.ExitCode, await output, await error);
    }

    private static string FindDotNetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } set)
        {
            return set;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, "dotnet")).FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException("No dotnet host: set DOTNET_HOST_PATH or put dotnet on PATH.");
    }
}
