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
        var language = context.Language;
        var outOption = new Option<string>("--out") { Description = language["Report.Out"], HelpName = "FILE", Required = true };
        var proof = new ProofOptions(language);
        var from = store.From();
        var to = store.To();
        var by = new Option<string>("--by") { Description = language["Report.By"], DefaultValueFactory = _ => "day" };
        by.AcceptOnlyFromAmong("day", "week");
        var command = new Command("report", language.Format("Report.Description", ExitCodes.Tampered))
        {
            outOption, from, to, by,
        };
        proof.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var range = DateRange.Parse(parse.GetValue(from), parse.GetValue(to), language);
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
                Language = language,
            }.Render();
            var path = parse.GetValue(outOption)!;
            await File.WriteAllTextAsync(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
            await context.Output.WriteLineAsync(VerifyCommand.Describe(verification, checkpoint, language));
            await context.Output.WriteLineAsync(language.Format("Report.Written", path));
            return verification.IsValid ? ExitCodes.Ok : ExitCodes.Tampered;
        });
        return command;
    }
}
