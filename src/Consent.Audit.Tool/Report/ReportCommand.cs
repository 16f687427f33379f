using System.CommandLine;
using System.Text;
using Consent.Audit.Tool.Stats;
using Consent.Audit.Tool.Verify;
using Consent.Auditing;

namespace Consent.Audit.Tool.Report;

/// <summary><c>report --out report.html</c>: one self-contained HTML file with the verification, charts, their figures and the banner texts.</summary>
internal static class ReportCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var outOption = new Option<string>("--out") { Description = "HTML file to write.", HelpName = "FILE", Required = true };
        var proof = new ProofOptions();
        var from = StoreOptions.From();
        var to = StoreOptions.To();
        var by = new Option<string>("--by") { Description = "Period of the outcome chart: day or week.", DefaultValueFactory = _ => "day" };
        by.AcceptOnlyFromAmong("day", "week");
        var command = new Command("report", $"Write a self-contained HTML audit report. Exit {ExitCodes.Tampered} (report still written) when the chain does not verify.")
        {
            outOption, from, to, by,
        };
        proof.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var range = DateRange.Parse(parse.GetValue(from), parse.GetValue(to));
            var (options, file) = await proof.ReadAsync(parse, cancellationToken);
            var checkpoint = options.Checkpoint;
            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var verification = await VerificationRun.RunAsync(database, options, file, context, cancellationToken);

            // A log that failed verification still gets its report, which says so first: its figures are then read as
            // stored instead of stopping at the event whose look-up columns were rewritten.
            var statistics = await StatsCommand.CollectAsync(database, range, parse.GetValue(by)!, checkIndexColumns: verification.IsValid, cancellationToken);
            var texts = new List<ArchivedConsentText>();
            await foreach (var text in database.TextsAsync(cancellationToken))
            {
                texts.Add(text);
            }

            var html = new HtmlReport
            {
                Store = database.Description,
                GeneratedAt = context.Time.GetUtcNow(),
                Range = range,
                Verification = verification,
                Checkpoint = checkpoint,
                Statistics = statistics,
                Texts = texts,
            }.Render();
            var path = parse.GetValue(outOption)!;
            await File.WriteAllTextAsync(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
            await context.Output.WriteLineAsync(VerifyCommand.Describe(verification, checkpoint));
            await context.Output.WriteLineAsync($"report written to {path}");
            return verification.IsValid ? ExitCodes.Ok : ExitCodes.Tampered;
        });
        return command;
    }
}
