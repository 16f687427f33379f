using System.Diagnostics;
using System.Text.RegularExpressions;
using Consent.Testing;

namespace Consent.Templates.Tests;

/// <summary>
/// The README's quick start, as written, builds and starts in a fresh <c>dotnet new blazor</c>-shaped project. The blocks marked
/// <c>&lt;!-- quick-start: FILE --&gt;</c> become those files; the rest is the template's own files in miniature. The
/// repository's projects stand in for the NuGet packages, so the test runs offline.
/// </summary>
public sealed partial class QuickStartBuildTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task QuickStart_PastedIntoTheBlazorTemplate_BuildsAndStarts()
    {
        var blocks = QuickStartBlock().Matches(await File.ReadAllTextAsync(RepositoryFiles.PathOf("README.md")))
            .ToDictionary(m => m.Groups["file"].Value, m => m.Groups["code"].Value);
        Assert.Equal(["Components/Layout/MainLayout.razor", "Components/_Imports.razor", "Program.cs"], blocks.Keys.Order(StringComparer.Ordinal));
        var project = Directory.CreateTempSubdirectory("consent-quickstart-").FullName;
        try
        {
            var app = Path.Combine(project, "MyApp");
            Write(app, "MyApp.csproj", ProjectFile());
            Write(app, "Components/App.razor", "<!DOCTYPE html>\n<html>\n<head>\n    <base href=\"/\" />\n    <HeadOutlet />\n</head>\n<body>\n    <Routes />\n</body>\n</html>\n");
            Write(app, "Components/Routes.razor", "<Router AppAssembly=\"typeof(Program).Assembly\">\n    <Found Context=\"routeData\"><RouteView RouteData=\"routeData\" DefaultLayout=\"typeof(Layout.MainLayout)\" /></Found>\n</Router>\n");
            Write(app, "Components/Pages/Home.razor", "@page \"/\"\n<h1>Hello, world!</h1>\n");
            Write(app, "Components/_Imports.razor", TemplateImports + blocks["Components/_Imports.razor"]);
            Write(app, "Components/Layout/MainLayout.razor", blocks["Components/Layout/MainLayout.razor"]);
            Write(app, "Program.cs", blocks["Program.cs"]);

            var (exitCode, output) = await BuildAsync(app);
            Assert.True(exitCode == 0, $"The README's quick start does not build:\n{output}");

            var started = await StartAsync(app);
            Assert.True(started.Started, $"The README's quick start builds but does not start:\n{started.Output}");
            Assert.True(File.Exists(Path.Combine(app, "App_Data", "consent.db")), "the audit log's folder and file were not created");
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    // What `dotnet new blazor -n MyApp` puts in Components/_Imports.razor.
    private const string TemplateImports =
        "@using System.Net.Http\n@using System.Net.Http.Json\n@using Microsoft.AspNetCore.Components.Forms\n@using Microsoft.AspNetCore.Components.Routing\n"
        + "@using Microsoft.AspNetCore.Components.Web\n@using static Microsoft.AspNetCore.Components.Web.RenderMode\n@using Microsoft.AspNetCore.Components.Web.Virtualization\n"
        + "@using Microsoft.JSInterop\n@using MyApp\n@using MyApp.Components\n@using MyApp.Components.Layout\n";

    private static string ProjectFile() => $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{RepositoryFiles.PathOf("src/Consent.AspNetCore/Consent.AspNetCore.csproj")}" />
            <ProjectReference Include="{RepositoryFiles.PathOf("src/Consent.Storage.Sqlite/Consent.Storage.Sqlite.csproj")}" />
          </ItemGroup>
        </Project>
        """;

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // The repository's projects are built with this test project, in its configuration: build only the new one.
    private static async Task<(int ExitCode, string Output)> BuildAsync(string directory)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        var start = new ProcessStartInfo("dotnet", ["build", "-c", configuration, "-p:BuildProjectReferences=false", "-nologo", "-clp:ErrorsOnly"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(BuildTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    // Runs the built site until it says it has started (or fails), then stops it.
    private static async Task<(bool Started, string Output)> StartAsync(string directory)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        var start = new ProcessStartInfo("dotnet", [Path.Combine("bin", configuration, "net10.0", "MyApp.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var started = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null)
            {
                started.TrySetResult(false);
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (line.Contains("Application started", StringComparison.Ordinal))
            {
                started.TrySetResult(true);
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Read(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var result = await started.Task.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        lock (output)
        {
            return (result, output.ToString());
        }
    }

    [GeneratedRegex(@"<!-- quick-start: (?<file>[^ ]+) -->\s*```[a-z]*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}
