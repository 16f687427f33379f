using System.Diagnostics;
using System.Text;
using Consent.Testing;

namespace Consent.Auditing.Tests.Docs;

/// <summary>The auditor's script of docs/audit-log-format.md, run with python3 on the documented vectors.</summary>
public sealed class AuditorScriptTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("consent-script-");

    [Fact]
    [Trait("Rule", "L2")]
    [Trait("Rule", "L3")]
    public async Task Script_DocumentedSignedVector_IsOkWithTheSignatureVerified()
    {
        var result = await RunAsync(Events(), Signature(2));

        Assert.Equal($"OK 2 events, head {Vector("h-2")}, 1 signatures verified", result);
    }

    // An event appended with a correct hash but without the private key is not covered by the signature.
    [Fact]
    [Trait("Rule", "L3")]
    public async Task Script_ForgedAppend_NamesItAsNotCovered()
    {
        var body = Convert.FromHexString(Vector("event-2-bytes"));
        var h3 = Convert.ToHexStringLower(AuditChain.Next(Convert.FromHexString(Vector("h-2")), body));

        var result = await RunAsync([.. Events(), $"3|{Vector("event-2-bytes")}|{h3}"], Signature(2));

        Assert.Equal("BAD at event 3: not covered by a signature (appended without the private key?)", result);
    }

    // The script reads a consent-event/2 body as strictly as the library: event 3 of the document is well formed and
    // chained, so what it reports is the missing signature, not a malformed body.
    [Fact]
    [Trait("Rule", "L2")]
    [Trait("Rule", "L3")]
    public async Task Script_DocumentedKeyedEvent_IsParsed_AndFoundUncovered()
    {
        var result = await RunAsync([.. Events(), $"3|{Vector("event-3-bytes")}|{Vector("h-3")}"], Signature(2));

        Assert.Equal("BAD at event 3: not covered by a signature (appended without the private key?)", result);
    }

    [Fact]
    [Trait("Rule", "L3")]
    public async Task Script_SignatureMovedToAnotherCount_IsASignatureMismatch()
    {
        var result = await RunAsync(Events(), Signature(1));

        Assert.StartsWith("BAD at event 1: signature mismatch", result, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private static string[] Events() => [$"1|{Vector("event-1-bytes")}|{Vector("h-1")}", $"2|{Vector("event-2-bytes")}|{Vector("h-2")}"];

    private static string Signature(int seq) =>
        $"{seq}|{Vector("h-2")}|{Hex("2026-11-26T12:00:06.0000000Z")}|{Hex(Vector("key-id"))}|{Vector("signature")}";

    private static string Hex(string text) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text));

    private static string Vector(string name) => AuditLogFormatDocument.Vector(name);

    private async Task<string> RunAsync(string[] events, string signature)
    {
        var script = Path.Combine(_directory.FullName, "verify_consent_log.py");
        await File.WriteAllTextAsync(script, AuditLogFormatDocument.Script);
        var key = Path.Combine(_directory.FullName, "site.pub.pem");
        await File.WriteAllTextAsync(key, AuditLogFormatDocument.PublicKeyPem);
        var signatures = Path.Combine(_directory.FullName, "signatures.txt");
        await File.WriteAllTextAsync(signatures, signature + "\n");
        var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, "--signatures", signatures, "--public-key", key })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(string.Join('\n', events) + "\n");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output.Trim();
    }
}
