using System.CommandLine;
using System.Globalization;
using Consent.Auditing;

namespace Consent.Audit.Tool.Verify;

/// <summary><c>verify [--checkpoint FILE] [--public-key PEM]</c>: checks the whole log (COMPLIANCE L1, L3, R4).</summary>
internal static class VerifyCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var proof = new ProofOptions();
        var command = new Command(
            "verify",
            "Check the whole hash chain; that every event's body is well formed and its unhashed look-up columns (consent_id, occurred_at) match it (not checkable once retention purged the body); " +
            "that every archived banner text hashes to its key and every event's text is archived; and, with --public-key, that every event is covered by a valid signature. " +
            $"Exit {ExitCodes.Ok}: intact; {ExitCodes.Tampered}: tampered; {ExitCodes.StoreUnreadable}: the store cannot be read.");
        proof.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (options, file) = await proof.ReadAsync(parse, cancellationToken);
            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var result = await VerificationRun.RunAsync(database, options, file, context, cancellationToken);
            await context.Output.WriteLineAsync(Describe(result, options.Checkpoint));
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
                (checkpoint is null ? string.Empty : "\ncheckpoint: " + checkpoint) +
                "\n" + Texts(result) + "\n" + Signatures(result);
        }

        return result.FirstBadSequence is { } first
            ? string.Create(invariant,
                $"TAMPERED: first bad event {first} ({Problem(result.Problem)}). {result.Message}\nevents checked: {result.EventCount} ") +
                (result.EventCount >= first
                    ? "read; their hash chain is consistent in itself."
                    : string.Create(invariant, $"verified before event {first}."))
            : string.Create(invariant, $"TAMPERED: {Problem(result.Problem)}. {result.Message}\nevents checked: {result.EventCount}.");
    }

    public static string Problem(AuditChainProblem problem) => problem switch
    {
        AuditChainProblem.HashMismatch => "hash mismatch",
        AuditChainProblem.SequenceGap => "sequence gap",
        AuditChainProblem.PurgedOutOfOrder => "purged out of order",
        AuditChainProblem.Truncated => "truncated",
        AuditChainProblem.CheckpointMismatch => "checkpoint mismatch",
        AuditChainProblem.MalformedHash => "malformed hash",
        AuditChainProblem.IndexMismatch => "index mismatch",
        AuditChainProblem.MalformedEvent => "malformed event",
        AuditChainProblem.UnarchivedText => "banner text not archived",
        AuditChainProblem.ArchivedTextMismatch => "archived text edited",
        AuditChainProblem.SignatureMismatch => "signature mismatch",
        AuditChainProblem.Uncovered => "not covered by a signature",
        _ => problem.ToString(),
    };

    private static string Texts(AuditChainVerification result) => string.Create(CultureInfo.InvariantCulture,
        $"texts: {result.ArchivedTextCount} archived banner texts match their hashes, and every event's banner text is archived.");

    private static string Signatures(AuditChainVerification result) => result.SignaturesChecked
        ? string.Create(CultureInfo.InvariantCulture, $"signatures: {result.SignatureCount} verified; the last covers all {result.SignedCount} events.")
        : string.Create(CultureInfo.InvariantCulture,
            $"signatures: not checked ({result.SignatureCount} stored). Without --public-key, appends are unprovable: anyone who can write to the database could have added events at the end.");
}
