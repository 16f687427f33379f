using System.Globalization;
using System.Net;
using System.Text;
using Consent.Abstractions;
using Consent.Audit.Tool.Stats;
using Consent.Auditing;

namespace Consent.Audit.Tool.Report;

/// <summary>
/// One self-contained HTML file for the audit file: no script, stylesheet, font or image is fetched. Every value from
/// the store is HTML-encoded; banner texts sit in blocks with their own <c>lang</c> and <c>dir</c>, so Arabic reads right to left.
/// </summary>
internal sealed class HtmlReport
{
    private static readonly string[] RightToLeftLanguages = ["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"];

    private readonly StringBuilder _html = new();

    public required string Store { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required DateRange Range { get; init; }

    public required AuditChainVerification Verification { get; init; }

    public AuditCheckpoint? Checkpoint { get; init; }

    public required ConsentStatistics Statistics { get; init; }

    public required IReadOnlyList<ArchivedConsentText> Texts { get; init; }

    public static string Direction(string language) =>
        RightToLeftLanguages.Contains(language.Split('-')[0].ToLowerInvariant(), StringComparer.Ordinal) ? "rtl" : "ltr";

    public string Render()
    {
        _html.Append("""
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Consent audit report</title>
            <style>
            body { font-family: system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif; margin: 2rem auto; max-inline-size: 70rem; padding-inline: 1rem; color: #1a1a1a; }
            table { border-collapse: collapse; margin-block: 1rem; }
            th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: start; }
            td.n { text-align: end; font-variant-numeric: tabular-nums; }
            .intact { color: #1b7837; } .tampered { color: #b2182b; }
            code { overflow-wrap: anywhere; }
            .banner-text { border: 1px solid #999; padding: 0.75rem; white-space: pre-wrap; unicode-bidi: isolate; }
            svg { max-inline-size: 100%; block-size: auto; }
            </style>
            </head>
            <body>
            <h1>Consent audit report</h1>
            """);
        Line($"<p>Store: {E(Store)}<br>Generated: {E(UtcTimeText.Seconds(GeneratedAt))} (UTC)<br>Period: {E(Range.IsAll ? "all events" : $"{UtcTimeText.Seconds(Range.From)} to {UtcTimeText.Seconds(Range.To)} (exclusive)")}</p>");
        RenderVerification();
        RenderOutcomes();
        RenderGrantRates();
        RenderTexts();
        _html.Append("</body>\n</html>\n");
        return _html.ToString();
    }

    private void RenderVerification()
    {
        Line("<h2>Verification of the hash chain</h2>");
        var v = Verification;
        Line(v.IsValid
            ? "<p class=\"intact\" id=\"verification\"><strong>INTACT</strong>: " + E(v.Message) + "</p>"
            : string.Create(CultureInfo.InvariantCulture, $"<p class=\"tampered\" id=\"verification\"><strong>TAMPERED</strong>: first bad event {v.FirstBadSequence} ({v.Problem}). {E(v.Message)} {v.EventCount} events verified before it.</p>"));
        Line($"<p>Head of the log: <code>{E(v.Head.ToString())}</code></p>");
        Line(Checkpoint is null
            ? "<p>No external checkpoint was given; keep the head line above outside the database to detect a rewritten chain later.</p>"
            : $"<p>Checked against the external checkpoint <code>{E(Checkpoint.ToString())}</code>.</p>");
    }

    private void RenderOutcomes()
    {
        Line("<h2>Decisions by outcome over time</h2>");
        Line("<figure>" + ReportCharts.OutcomesOverTime(Statistics) + "<figcaption>Figures below.</figcaption></figure>");
        var headers = new List<string> { "period", "decisions" };
        headers.AddRange(DecisionOutcomes.All.Select(DecisionOutcomes.Label));
        headers.Add("GPC share");
        StartTable("outcomes", headers);
        foreach (var (key, tally) in Statistics.Groups)
        {
            OutcomeRow(key, tally);
        }

        OutcomeRow("total", Statistics.Total);
        Line("</tbody></table>");
        if (Statistics.PurgedEvents > 0)
        {
            Line($"<p>{StatsFormat.Number(Statistics.PurgedEvents)} events have purged bodies (retention) and are not counted.</p>");
        }
    }

    private void OutcomeRow(string key, ConsentStatistics.Tally tally)
    {
        _html.Append("<tr><td>").Append(E(key)).Append("</td>");
        Number(StatsFormat.Number(tally.Decisions));
        foreach (var outcome in DecisionOutcomes.All)
        {
            Number(StatsFormat.Number(tally.Count(outcome)));
        }

        Number(StatsFormat.Percent(tally.GpcShare));
        Line("</tr>");
    }

    private void RenderGrantRates()
    {
        Line("<h2>Grant rate per category</h2>");
        Line("<figure>" + ReportCharts.CategoryGrantRates(Statistics) + "<figcaption>Figures below.</figcaption></figure>");
        StartTable("grant-rates", ["category", "grant rate", "decisions"]);
        foreach (var category in Statistics.Categories)
        {
            _html.Append("<tr><td>").Append(E(category)).Append("</td>");
            Number(StatsFormat.Percent(Statistics.Total.GrantRate(category)));
            Number(StatsFormat.Number(Statistics.Total.Decisions));
            Line("</tr>");
        }

        Line("</tbody></table>");
    }

    private void RenderTexts()
    {
        Line("<h2>Archived banner texts</h2>");
        if (Texts.Count == 0)
        {
            Line("<p>The archive holds no banner text.</p>");
        }

        foreach (var text in Texts)
        {
            Line($"<section><h3><code>{E(text.Hash)}</code></h3>");
            var use = Statistics.Texts.TryGetValue(text.Hash, out var found)
                ? $"shown in {StatsFormat.Number(found.Decisions)} decisions of the period, from {UtcTimeText.Seconds(found.First)} to {UtcTimeText.Seconds(found.Last)}"
                : "no decision of the period refers to it";
            Line($"<p>Language: {E(text.Language)}; archived (first seen): {E(UtcTimeText.Seconds(text.FirstSeen))}; {E(use)} (UTC)</p>");
            Line($"<div class=\"banner-text\" lang=\"{E(text.Language)}\" dir=\"{Direction(text.Language)}\">{E(text.Text)}</div></section>");
        }
    }

    private void StartTable(string id, IEnumerable<string> headers)
    {
        _html.Append("<table id=\"").Append(id).Append("\"><thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th>").Append(E(header)).Append("</th>");
        }

        Line("</tr></thead><tbody>");
    }

    private void Number(string value) => _html.Append("<td class=\"n\">").Append(E(value)).Append("</td>");

    private void Line(string html) => _html.Append(html).Append('\n');

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
