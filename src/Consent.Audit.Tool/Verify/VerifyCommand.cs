using System.CommandLine;
using Consent.Audit.Tool.Localization;
using Consent.Auditing;

namespace Consent.Audit.Tool.Verify;

/// <summary><c>verify [--checkpoint FILE] [--public-key PEM]</c>: checks the whole log (COMPLIANCE L1, L3, R4).</summary>
internal static class VerifyCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var language = context.Language;
        var proof = new ProofOptions(language);
        var command = new Command("verify", language.Format("Verify.Description", ExitCodes.Ok, ExitCodes.Tampered, ExitCodes.StoreUnreadable));
        proof.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (options, file) = await proof.ReadAsync(parse, cancellationToken);
            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var result = await VerificationRun.RunAsync(database, options, file, context, cancellationToken);
            await context.Output.WriteLineAsync(Describe(result, options.Checkpoint, language));
            return result.IsValid ? ExitCodes.Ok : ExitCodes.Tampered;
        });
        return command;
    }

    /// <summary>
    /// The verdict: its first word is <c>INTACT</c> or <c>TAMPERED</c> in every language, for scripts that read it
    /// (the exit code says the same); the rest is in the run's language.
    /// </summary>
    public static string Describe(AuditChainVerification result, AuditCheckpoint? checkpoint, ToolLanguage language)
    {
        if (result.IsValid)
        {
            return "INTACT: " + Intact(result, checkpoint, language) +
                "\n" + language.Format("Verify.Head", result.Head) +
                (checkpoint is null ? string.Empty : "\n" + language.Format("Verify.Checkpoint", checkpoint)) +
                "\n" + language.Format("Verify.Texts", language.Count("Texts", result.ArchivedTextCount), result.ArchivedTextCount) +
                "\n" + Signatures(result, language);
        }

        var problem = Problem(result.Problem, language);
        var explanation = Explanation(result.Problem, language);
        var count = language.Count("Events", result.EventCount);
        return result.FirstBadSequence is { } first
            ? "TAMPERED: " + language.Format("Verify.TamperedAt", first, problem, result.Message, explanation) + "\n" +
                (result.EventCount >= first
                    ? language.Format("Verify.CheckedConsistent", result.EventCount, count)
                    : language.Format("Verify.CheckedBefore", result.EventCount, first, count))
            : "TAMPERED: " + language.Format("Verify.Tampered", problem, result.Message, explanation) + "\n" +
                language.Format("Verify.Checked", result.EventCount, count);
    }

    /// <summary>Says that the log is intact, with how many events were verified.</summary>
    public static string Intact(AuditChainVerification result, AuditCheckpoint? checkpoint, ToolLanguage language) =>
        language.Format(checkpoint is null ? "Verify.Intact" : "Verify.IntactWithCheckpoint", result.Message, language.Count("Events", result.EventCount), result.PurgedCount);

    /// <summary>Names a problem in a few words, such as «hash mismatch».</summary>
    public static string Problem(AuditChainProblem problem, ToolLanguage language) =>
        Enum.IsDefined(problem) ? language[$"Problem.{problem}"] : problem.ToString();

    /// <summary>Explains a problem to an auditor; the library's own sentence, which names the values, is English.</summary>
    public static string Explanation(AuditChainProblem problem, ToolLanguage language) =>
        Enum.IsDefined(problem) && problem != AuditChainProblem.None ? language[$"Problem.{problem}.Explanation"] : string.Empty;

    private static string Signatures(AuditChainVerification result, ToolLanguage language) => result.SignaturesChecked
        ? language.Format("Verify.SignaturesChecked", result.SignatureCount, result.SignedCount, language.Count("Signatures", result.SignatureCount), language.Count("Events", result.SignedCount ?? 0))
        : language.Format("Verify.SignaturesNotChecked", result.SignatureCount);
}
