using System.Diagnostics;
using System.Security.Cryptography;
using Consent.Testing;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// An auditor's own check, without Consent's code: the export commands and the Python script of
/// docs/audit-log-format.md, run as printed on the log the real sample wrote for real visitors, with signing on.
/// </summary>
[Collection(BrowserScenarios.Name)]
public sealed class AuditorScriptTests(BrowserFixture fixture) : IAsyncDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("consent-auditor-");

    [Fact]
    [Trait("Rule", "L2")]
    [Trait("Rule", "L3")]
    [Trait("Rule", "R4")]
    public async Task Script_LogOfTheSignedSample_IsOkAndCatchesAnEditedText()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var privateKey = Path.Combine(_directory.FullName, "site.key.pem");
        await File.WriteAllTextAsync(privateKey, key.ExportPkcs8PrivateKeyPem());
        await File.WriteAllTextAsync(Path.Combine(_directory.FullName, "site.pub.pem"), key.ExportSubjectPublicKeyInfoPem());
        await using var server = await SampleServer.StartAsync(new Dictionary<string, string> { ["Consent__Audit__Signing__PrivateKeyPath"] = privateKey });
        await DecideAsync(server, banner => banner.Accept);
        await DecideAsync(server, banner => banner.Reject);
        await DecideAsync(server, banner => banner.Settings, save: true);

        var intact = await AuditAsync(server);

        Assert.Matches("^OK 3 events, head [0-9a-f]{64}, [1-3] signatures verified$", intact);

        // The banner's forms carry submission keys (consent-event/2); a rewritten key column is an index mismatch.
        await SqliteAsync(server, "UPDATE consent_events SET submission_key = upper(submission_key) WHERE seq = 2;");
        Assert.Matches("^BAD at event 2: index mismatch \\(submission_key column is not [0-9a-f]{32}\\)$", await AuditAsync(server));
        await SqliteAsync(server, "UPDATE consent_events SET submission_key = lower(submission_key) WHERE seq = 2;");
        Assert.Equal(intact, await AuditAsync(server));
        await SqliteAsync(server, "UPDATE consent_texts SET text = text || ' ';");
        var edited = await AuditAsync(server);
        Assert.Matches("^BAD at event 1: banner text [0-9a-f]{64} edited in the archive$", edited);
    }

    public ValueTask DisposeAsync()
    {
        _directory.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task DecideAsync(SampleServer server, Func<ConsentBanner, ILocator> button, bool save = false)
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var banner = new ConsentBanner(page);
        if (save)
        {
            await button(banner).ClickAsync();
            await banner.Switch("analytics").CheckAsync();
            await banner.DecideAsync(banner.Save);
        }
        else
        {
            await banner.DecideAsync(button(banner));
        }

        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
    }

    // The commands of section 6, then the script of section 7, each exactly as printed, in the auditor's folder.
    private async Task<string> AuditAsync(SampleServer server)
    {
        var database = Path.Combine(server.DataDirectory, "audit.db");
        foreach (var command in AuditLogFormatDocument.Commands("sqlite3 consent.db "))
        {
            await RunAsync("bash", ["-c", command.Replace("sqlite3 consent.db ", $"sqlite3 -readonly '{database}' ", StringComparison.Ordinal)]);
        }

        await File.WriteAllTextAsync(Path.Combine(_directory.FullName, "verify_consent_log.py"), AuditLogFormatDocument.Script);
        return (await RunAsync("bash", ["-c", "python3 verify_consent_log.py --ms --texts texts.txt --signatures signatures.txt --public-key site.pub.pem < events.txt"])).Trim();
    }

    private Task<string> SqliteAsync(SampleServer server, string sql) =>
        RunAsync("sqlite3", [Path.Combine(server.DataDirectory, "audit.db"), sql]);

    private async Task<string> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = _directory.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {await error}");
        return await output;
    }
}
