using System.CommandLine;

namespace Consent.Audit.Tool.Verify;

/// <summary><c>checkpoint --out FILE</c>: verifies the chain, then writes its count, head hash and time (COMPLIANCE L3).</summary>
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
        var command = new Command("checkpoint", "Verify the chain, then write a checkpoint (event count, head hash, time) to keep outside the database.")
        {
            outOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(outOption)!;
            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var result = await VerificationRun.RunAsync(database, null, context, cancellationToken);
            if (!result.IsValid)
            {
                // A checkpoint vouches for the log; one of a tampered log would mislead whoever keeps it.
                await context.Output.WriteLineAsync(VerifyCommand.Describe(result, null));
                await context.Error.WriteLineAsync("consent-audit: no checkpoint written, because the chain does not verify.");
                return ExitCodes.Tampered;
            }

            await CheckpointFile.WriteAsync(path, result.Head, context.Time.GetUtcNow(), database.Description, cancellationToken);
            await context.Output.WriteLineAsync($"{result.Head}\nwritten to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
