using Consent.Auditing;
using Spectre.Console;

namespace Consent.Audit.Tool.Verify;

/// <summary>Runs a verification pass, with a progress bar on standard error when it is a terminal.</summary>
internal static class VerificationRun
{
    public static async Task<AuditChainVerification> RunAsync(IConsentAuditReader database, AuditVerificationOptions options, CheckpointFile.Contents? file, AuditToolContext context, CancellationToken cancellationToken)
    {
        var result = await RunPassAsync(database, options, context, cancellationToken);

        // A signed checkpoint file: its signature must verify with a given key, or the file itself was forged.
        if (result.IsValid && file?.Signature is { } signature && options.PublicKeys is { } keys
            && !keys.Any(k => k.Verify(signature)))
        {
            return result with
            {
                Problem = AuditChainProblem.SignatureMismatch,
                FirstBadSequence = null,
                Message = context.Language["Verify.CheckpointSignatureMismatch"],
            };
        }

        return result;
    }

    private static async Task<AuditChainVerification> RunPassAsync(IConsentAuditReader database, AuditVerificationOptions options, AuditToolContext context, CancellationToken cancellationToken)
    {
        if (!context.ShowProgress)
        {
            return await database.VerifyAsync(options, null, cancellationToken);
        }

        var total = await database.CountAsync(cancellationToken);
        var console = ToolConsole.Create(context.Error, interactive: true);
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(context.Language["Verify.Progress"]), maxValue: Math.Max(total, 1));
                var result = await database.VerifyAsync(options, new DirectProgress(read => task.Value = read), cancellationToken);
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Reports on the reading thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class DirectProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
