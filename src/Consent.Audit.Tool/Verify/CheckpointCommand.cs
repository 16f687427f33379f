using System.CommandLine;
using System.Security.Cryptography;
using Consent.Audit.Tool.Localization;
using Consent.Auditing;

namespace Consent.Audit.Tool.Verify;

/// <summary><c>checkpoint --out FILE [--private-key PEM]</c>: verifies the chain, then writes its count, head hash and time (COMPLIANCE L3).</summary>
internal static class CheckpointCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var language = context.Language;
        var outOption = new Option<string>("--out")
        {
            Description = language["Checkpoint.Out"],
            HelpName = "FILE",
            Required = true,
        };
        var privateKey = new Option<string?>("--private-key")
        {
            Description = language["Checkpoint.PrivateKey"],
            HelpName = "PEM_FILE",
        };
        var publicKeys = new ProofOptions(language).PublicKeys;
        var command = new Command("checkpoint", language["Checkpoint.Description"])
        {
            outOption, privateKey, publicKeys,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(outOption)!;
            using var key = LoadKey(parse.GetValue(privateKey), language);
            var options = new AuditVerificationOptions(null, ProofOptions.LoadKeys(parse.GetValue(publicKeys) ?? [], language));
            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var result = await VerificationRun.RunAsync(database, options, null, context, cancellationToken);
            if (!result.IsValid)
            {
                // A checkpoint vouches for the log; one of a tampered log would mislead whoever keeps it.
                await context.Output.WriteLineAsync(VerifyCommand.Describe(result, null, language));
                await context.Error.WriteLineAsync("consent-audit: " + language["Checkpoint.NotWritten"]);
                return ExitCodes.Tampered;
            }

            var now = context.Time.GetUtcNow();
            var signature = key?.Sign(result.Head.Count, result.Head.HeadHash, now);
            await CheckpointFile.WriteAsync(path, result.Head, signature, now, database.Description, cancellationToken);
            await context.Output.WriteLineAsync($"{result.Head}\n{(signature is null ? string.Empty : language.Format("Checkpoint.Signed", signature.KeyId) + "\n")}{language.Format("Checkpoint.Written", path)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static AuditSigningKey? LoadKey(string? path, ToolLanguage language)
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
            throw new AuditToolException(ExitCodes.BadInput, language.Format("Error.PrivateKey", path, e.Message), e);
        }
    }
}
