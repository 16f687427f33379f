using Consent.Auditing;
using Spectre.Console;

namespace Consent.Audit.Tool.Verify;

/// <summary>Runs a verification pass, with a progress bar on standard error when it is a terminal.</summary>
internal static class VerificationRun
{
    public static async Task<AuditChainVerification> RunAsync(IConsentAuditReader database, AuditCheckpoint? checkpoint, AuditToolContext context, CancellationToken cancellationToken)
    {
        if (!context.ShowProgress)
        {
            return await database.VerifyAsync(checkpoint, null, cancellationToken);
        }

        var total = await database.CountAsync(cancellationToken);
        var console = ToolConsole.Create(context.Error, interactive: true);
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Verifying the chain", maxValue: Math.Max(total, 1));
                var result = await database.VerifyAsync(checkpoint, new DirectProgress(read => task.Value = read), cancellationToken);
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
