using System.Diagnostics;
using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Testing;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>Runs <c>eng/open-cookie-database/generate.py</c> with python3, as CI and contributors do.</summary>
internal static class CookieTableGenerator
{
    public const string Script = "eng/open-cookie-database/generate.py";
    public const string CommittedTable = "src/Consent.AspNetCore/Inventory/open-cookie-database.tsv";

    /// <summary>Runs the script with <paramref name="arguments"/>; returns its exit code and what it wrote to stderr.</summary>
    public static (int ExitCode, string Errors) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        start.ArgumentList.Add(RepositoryFiles.PathOf(Script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("python3 did not start; the generator tests need python3 on PATH.");
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            throw new TimeoutException($"{Script} did not finish within two minutes.");
        }

        return (process.ExitCode, errors.GetAwaiter().GetResult());
    }

    /// <summary>Generates a table from <paramref name="csv"/> and the reviewed list <paramref name="necessary"/> and reads it back.</summary>
    public static OpenCookieDatabase FromCsv(string csv, string necessary = "")
    {
        var (exitCode, errors, table) = Generate(csv, necessary);
        Assert.True(exitCode == 0, $"{Script} failed ({exitCode}): {errors}");
        using var reader = new StringReader(table!);
        return OpenCookieDatabase.Parse(reader);
    }

    /// <summary>Runs the script on <paramref name="csv"/> and <paramref name="necessary"/>, written to a temporary folder.</summary>
    public static (int ExitCode, string Errors, string? Table) Generate(string csv, string necessary)
    {
        var directory = Directory.CreateTempSubdirectory("consent-ocd-");
        try
        {
            var csvPath = System.IO.Path.Combine(directory.FullName, "ocd.csv");
            var necessaryPath = System.IO.Path.Combine(directory.FullName, "necessary.tsv");
            var outputPath = System.IO.Path.Combine(directory.FullName, "table.tsv");
            File.WriteAllText(csvPath, csv);
            File.WriteAllText(necessaryPath, necessary);
            var (exitCode, errors) = Run("--csv", csvPath, "--necessary", necessaryPath, "--output", outputPath);
            return (exitCode, errors, File.Exists(outputPath) ? File.ReadAllText(outputPath) : null);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
