using System.CommandLine;
using System.Security.Cryptography;
using Consent.Auditing;

namespace Consent.Audit.Tool.Verify;

/// <summary><c>checkpoint --out FILE [--private-key PEM]</c>: verifies the chain, then writes its count, head hash and time (COMPLIANCE L3).</summary>
internal static class CheckpointCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var outOption = new Option<string>("--out")
        {
            Description = "File to write; keep it outside the database (another system, a signed e-mail, paper).",
            HelpName = "FILE",
            Required = true,
        };
        var privateKey = new Option<string?>("--private-key")
        {
            Description = "Sign the checkpoint with this ECDSA P-256 private key (PEM, PKCS#8), for example the auditor's own; `verify --checkpoint FILE --public-key PUB` then checks the signature.",
            HelpName = "PEM_FILE",
        };
        var publicKeys = new ProofOptions().PublicKeys;
        var command = new Command("checkpoint", "Verify the chain, then write a checkpoint (event count, head hash, time) to keep outside the database.")
        {
            outOption, privateKey, publicKeys,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(outOption)!;
            using var key = LoadKey(parse.GetValue(privateKey));
            var options = new AuditVerificationOptions(null, ProofOptions.LoadKeys(parse.GetValue(publicKeys) ?? []));
            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var result = await VerificationRun.RunAsync(database, options, null, context, cancellationToken);
            if (!result.IsValid)
            {
                // A checkpoint vouches for the log; one of a tampered log would mislead whoever keeps it.
                await context.Output.WriteLineAsync(VerifyCommand.Describe(result, null));
                await context.Error.WriteLineAsync("consent-audit: no checkpoint written, because the chain does not verify.");
                return ExitCodes.Tampered;
            }

            var now = context.Time.GetUtcNow();
            var signature = key?.Sign(result.Head.Count, result.Head.HeadHash, now);
            await CheckpointFile.WriteAsync(path, result.Head, signature, now, database.Description, cancellationToken);
            await context.Output.WriteLineAsync($"{result.Head}\n{(signature is null ? string.Empty : $"signed with key id {signature.KeyId}\n")}written to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static AuditSigningKey? LoadKey(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return AuditSigningKey.FromPemFile(path);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new AuditToolException(ExitCodes.BadInput, $"Cannot use the private key '{path}': {e.Message}", e);
        }
    }
}
