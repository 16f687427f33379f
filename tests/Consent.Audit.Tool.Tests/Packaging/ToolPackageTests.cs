using System.Runtime.InteropServices;
using System.Xml.Linq;
using Consent.Audit.Tool.Tests.Infrastructure;
using Consent.Testing;

namespace Consent.Audit.Tool.Tests.Packaging;

/// <summary>
/// The tool as an auditor gets it: packed from this tree, installed from a local feed with <c>dotnet tool install</c>,
/// and run from the tool path. One test, because packing takes a minute or more.
/// </summary>
public sealed class ToolPackageTests
{
    private const long MaximumPackageBytes = 20 * 1024 * 1024;

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Install_FromALocalFeed_RunsHelpVerifyAndReportWithEveryPackageUnder20MB()
    {
        var version = VersionPrefix();
        var work = Directory.CreateTempSubdirectory("consent-tool-package-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            var pack = await DotNetAsync(PackTimeout, null,
                "pack", RepositoryFiles.PathOf("src/Consent.Audit.Tool/Consent.Audit.Tool.csproj"), "-c", "Release", "-o", feed,
                "--artifacts-path", Path.Combine(work.FullName, "artifacts"), "--disable-build-servers", "-nologo");
            Assert.True(pack.ExitCode == 0, pack.ToString());

            var packages = Directory.GetFiles(feed, "*.nupkg").Select(path => new FileInfo(path)).ToList();
            Assert.Contains(packages, p => p.Name == $"Consent.Audit.Tool.{version}.nupkg");
            Assert.Contains(packages, p => p.Name == $"Consent.Audit.Tool.{RuntimeInformation.RuntimeIdentifier}.{version}.nupkg");
            Assert.All(packages, p => Assert.True(p.Length < MaximumPackageBytes, $"{p.Name} is {p.Length:N0} bytes, over 20 MB"));

            var tools = Path.Combine(work.FullName, "tools");
            var install = await DotNetAsync(TimeSpan.FromMinutes(3), Isolated(work.FullName, feed),
                "tool", "install", "Consent.Audit.Tool", "--version", version, "--tool-path", tools,
                "--add-source", feed, "--configfile", Path.Combine(work.FullName, "nuget.config"));
            Assert.True(install.ExitCode == 0, install.ToString());
            var installedBytes = Directory.EnumerateFiles(tools, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length);
            Assert.True(installedBytes < 3 * MaximumPackageBytes, $"the installed tool takes {installedBytes:N0} bytes");

            var help = await InstalledAsync(tools, "--help");
            Assert.True(help.ExitCode == ExitCodes.Ok, help.ToString());
            Assert.Contains("verify", help.Output, StringComparison.Ordinal);

            await using var store = new SqliteTestStore();
            await store.SeedAsync(GeneratedLog.Events(10));
            var verify = await InstalledAsync(tools, "verify", "--sqlite", store.Path);
            Assert.True(verify.ExitCode == ExitCodes.Ok, verify.ToString());
            Assert.StartsWith("INTACT: 10 events verified", verify.Output, StringComparison.Ordinal);

            // The charts are drawn by SkiaSharp: a report proves the platform package brought its native library.
            var report = Path.Combine(work.FullName, "report.html");
            var reported = await InstalledAsync(tools, "report", "--sqlite", store.Path, "--out", report);
            Assert.True(reported.ExitCode == ExitCodes.Ok, reported.ToString());
            Assert.Contains("<svg", await File.ReadAllTextAsync(report), StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The version every package gets, from the root Directory.Build.props.</summary>
    private static string VersionPrefix()
    {
        var props = XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props"));
        var prefix = props.Descendants("VersionPrefix").SingleOrDefault()?.Value;
        Assert.False(string.IsNullOrWhiteSpace(prefix), "Directory.Build.props sets no VersionPrefix");
        return prefix!;
    }

    /// <summary>
    /// A NuGet configuration with the local feed as its only source, and a packages folder of its own: the install
    /// must take the package just packed, not one of the same version cached by an earlier run or found elsewhere.
    /// </summary>
    private static Dictionary<string, string?> Isolated(string work, string feed)
    {
        File.WriteAllText(Path.Combine(work, "nuget.config"), new XDocument(
            new XElement("configuration",
                new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "local"), new XAttribute("value", feed))))).ToString());
        return new() { ["NUGET_PACKAGES"] = Path.Combine(work, "packages") };
    }

    private static Task<ToolResult> DotNetAsync(TimeSpan timeout, Dictionary<string, string?>? environment, params string[] arguments)
    {
        // dotnet test hands its MSBuild's paths to the test process; a nested build must find its own.
        var variables = new Dictionary<string, string?>(environment ?? [])
        {
            ["MSBuildExtensionsPath"] = null,
            ["MSBuildSDKsPath"] = null,
            ["MSBUILD_EXE_PATH"] = null,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        return ChildProcess.RunAsync(ChildProcess.DotNetHost, arguments, timeout, variables);
    }

    // The command's shim finds the runtime through DOTNET_ROOT when it is not in the default place.
    private static Task<ToolResult> InstalledAsync(string tools, params string[] arguments)
    {
        var host = new FileInfo(ChildProcess.DotNetHost);
        var root = Path.GetDirectoryName(host.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host.FullName);
        return ChildProcess.RunAsync(Path.Combine(tools, "consent-audit"), arguments, TimeSpan.FromSeconds(60),
            new Dictionary<string, string?> { ["DOTNET_ROOT"] = root });
    }
}
