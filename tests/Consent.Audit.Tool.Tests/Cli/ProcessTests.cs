using System.Text.Json;
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

    [Fact]
    public void RuntimeConfig_NamesOnlyTheDotNetRuntime()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "consent-audit.runtimeconfig.json")));
        var options = config.RootElement.GetProperty("runtimeOptions");
        var frameworks = options.TryGetProperty("frameworks", out var list)
            ? list.EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList()
            : [options.GetProperty("framework").GetProperty("name").GetString()];

        Assert.Equal(["Microsoft.NETCore.App"], frameworks);
    }

    // An auditor's machine may have only the .NET runtime: the tool runs there, from a .NET root without ASP.NET Core.
    [Fact]
    public async Task Main_OnADotNetRootWithoutAspNetCore_VerifiesALog()
    {
        await using var store = new SqliteTestStore();
        await store.SeedAsync(GeneratedLog.Events(10));
        var root = Directory.CreateTempSubdirectory("consent-netcore-only-");
        try
        {
            var host = RuntimeOnlyRoot(root.FullName);

            var result = await RunWithAsync(host, "verify", "--sqlite", store.Path);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.StartsWith("INTACT: 10 events verified", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static Task<ToolResult> RunAsync(params string[] args) => BuiltTool.RunAsync(args);

    /// <summary>Makes a .NET root that holds the host and Microsoft.NETCore.App only, and returns its <c>dotnet</c>.</summary>
    private static string RuntimeOnlyRoot(string directory)
    {
        var installed = Path.GetDirectoryName(new FileInfo(ChildProcess.DotNetHost).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? ChildProcess.DotNetHost)!;
        Assert.True(Directory.Exists(Path.Combine(installed, "shared", "Microsoft.NETCore.App")), $"no Microsoft.NETCore.App under {installed}");
        var host = Path.Combine(directory, "dotnet");
        File.Copy(Path.Combine(installed, "dotnet"), host);
        Directory.CreateSymbolicLink(Path.Combine(directory, "host"), Path.Combine(installed, "host"));
        Directory.CreateDirectory(Path.Combine(directory, "shared"));
        Directory.CreateSymbolicLink(Path.Combine(directory, "shared", "Microsoft.NETCore.App"), Path.Combine(installed, "shared", "Microsoft.NETCore.App"));
        return host;
    }

    private static Task<ToolResult> RunWithAsync(string dotnet, params string[] args) =>
        ChildProcess.RunAsync(dotnet, [Path.Combine(AppContext.BaseDirectory, "consent-audit.dll"), .. args], TimeSpan.FromSeconds(60));

    // The built tool as an Arabic-speaking auditor runs it: the language comes from LANG, the Arabic neutral resources
    // from the tool's own assembly and the English ones from its satellite, which must have been copied beside it.
    [Fact]
    public async Task Main_ArabicLocaleOrLanguageOption_SpeaksThatLanguageAndRejectsAnUnknownOne()
    {
        await using var store = new SqliteTestStore();
        await store.SeedAsync(GeneratedLog.Events(3));
        var dll = Path.Combine(AppContext.BaseDirectory, "consent-audit.dll");
        var arabicLocale = new Dictionary<string, string?> { ["LANG"] = "ar_SA.UTF-8", ["LC_ALL"] = null, ["LC_MESSAGES"] = null, ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = null };

        var arabic = await ChildProcess.RunAsync(ChildProcess.DotNetHost, [dll, "verify", "--sqlite", store.Path], TimeSpan.FromSeconds(60), arabicLocale);
        var english = await ChildProcess.RunAsync(ChildProcess.DotNetHost, [dll, "verify", "--sqlite", store.Path, "--language", "en"], TimeSpan.FromSeconds(60), arabicLocale);
        var unknown = await RunAsync("verify", "--sqlite", store.Path, "--language", "fr");

        Assert.True(arabic.ExitCode == ExitCodes.Ok, arabic.ToString());
        Assert.StartsWith("INTACT: السجل سليم. الأحداث التي تم التحقق منها: 3 أحداث ", arabic.Output, StringComparison.Ordinal);
        Assert.StartsWith("INTACT: 3 events verified", english.Output, StringComparison.Ordinal);
        Assert.True(unknown.ExitCode == ExitCodes.BadInput, unknown.ToString());
        Assert.Contains("--language 'fr' is not a language the tool speaks: write ar (Arabic) or en (English).", unknown.Error, StringComparison.Ordinal);
        Assert.Single(unknown.Error.TrimEnd().Split('\n'));
        Assert.Empty(unknown.Output);
    }
}
