using System.CommandLine;
using System.Globalization;
using Consent.Auditing;

namespace Consent.Audit.Tool.Verify;

/// <summary><c>verify [--checkpoint FILE]</c>: checks the whole hash chain (COMPLIANCE L1, L3).</summary>
internal static class VerifyCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var checkpointOption = new Option<string?>("--checkpoint")
        {
            Description = "A checkpoint file written earlier by `checkpoint --out`; the log must extend it.",
            HelpName = "FILE",
        };
        var command = new Command(
            "verify",
            "Check the whole hash chain, and that every event's unhashed look-up columns (consent_id, occurred_at) match its body (not checkable once retention purged the body). " +
            $"Exit {ExitCodes.Ok}: intact; {ExitCodes.Tampered}: tampered; {ExitCodes.StoreUnreadable}: the store cannot be read.")
        {
            checkpointOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(checkpointOption);
            var checkpoint = path is null ? null : await CheckpointFile.ReadAsync(path, cancellationToken);
            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var result = await VerificationRun.RunAsync(database, checkpoint, context, cancellationToken);
            await context.Output.WriteLineAsync(Describe(result, checkpoint));
            return result.IsValid ? ExitCodes.Ok : ExitCodes.Tampered;
        });
        return command;
    }

    public static string Describe(AuditChainVerification result, AuditCheckpoint? checkpoint)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (result.IsValid)
        {
            return string.Create(invariant, $"INTACT: {result.Message}\nhead: {result.Head}") +
                (checkpoint is null ? string.Empty : "\ncheckpoint: " + checkpoint);
        }

        return string.Create(invariant,
            $"TAMPERED: first bad event {result.FirstBadSequence} ({Problem(result.Problem)}). {result.Message}\nevents checked: {result.EventCount} verified before event {result.FirstBadSequence}.");
    }

    private static string Problem(AuditChainProblem problem) => problem switch
    {
        AuditChainProblem.HashMismatch => "hash mismatch",
        AuditChainProblem.SequenceGap => "sequence gap",
        AuditChainProblem.PurgedOutOfOrder => "purged out of order",
        AuditChainProblem.Truncated => "truncated",
        AuditChainProblem.CheckpointMismatch => "checkpoint mismatch",
        AuditChainProblem.MalformedHash => "malformed hash",
        AuditChainProblem.IndexMismatch => "index mismatch",
        _ => problem.ToString(),
    };
}
