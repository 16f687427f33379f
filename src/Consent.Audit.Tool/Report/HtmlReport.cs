using System.Globalization;
using System.Net;
using System.Text;
using Consent.Abstractions;
using Consent.Audit.Tool.Localization;
using Consent.Audit.Tool.Stats;
using Consent.Audit.Tool.Verify;
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

    public required ToolLanguage Language { get; init; }

    public string Render()
    {
        var language = Language;
        _html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{language.Name}}" dir="{{language.Direction}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(language["Report.Title"])}}</title>
            <style>
            body { font-family: system-ui, "Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", Tahoma, sans-serif; margin: 2rem auto; max-inline-size: 70rem; padding-inline: 1rem; color: #1a1a1a; }
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
            <h1>{{E(language["Report.Title"])}}</h1>

            """);
        var period = Range.IsAll
            ? E(language["Report.AllEvents"])
            : Html("Report.Range", Isolated(UtcTimeText.Seconds(Range.From)), Isolated(UtcTimeText.Seconds(Range.To)));
        Line($"<p>{E(language["Report.Store"])}: {Isolated(Store)}<br>{E(language["Report.Generated"])}: {Isolated(UtcTimeText.Seconds(GeneratedAt))} (UTC)<br>{E(language["Report.Period"])}: {period}</p>");
        RenderVerification();
        RenderOutcomes();
        RenderGrantRates();
        RenderTexts();
        _html.Append("</body>\n</html>\n");
        return _html.ToString();
    }

    private void RenderVerification()
    {
        var language = Language;
        Line($"<h2>{E(language["Report.Verification"])}</h2>");
        var v = Verification;
        if (v.IsValid)
        {
            Line($"<p class=\"intact\" id=\"verification\"><strong>{E(language["Report.Intact"])}</strong>: {E(VerifyCommand.Intact(v, Checkpoint, language))}</p>");
        }
        else
        {
            var problem = E(VerifyCommand.Problem(v.Problem, language));
            var explanation = E(VerifyCommand.Explanation(v.Problem, language));
            var text = v.FirstBadSequence is { } first
                ? Html("Report.TamperedAt", Number(first), E(v.Message), Number(v.EventCount), problem, explanation, E(language.Count("Events", v.EventCount)))
                : Html("Report.Tampered", Number(v.EventCount), E(v.Message), problem, explanation);
            Line($"<p class=\"tampered\" id=\"verification\"><strong>{E(language["Report.TamperedLabel"])}</strong>: {text}</p>");
        }

        if (language != ToolLanguage.English)
        {
            // The verifier explains in English, naming the values it found; shown apart, as English.
            Line($"<p>{E(language["Report.Details"])} <span lang=\"en\" dir=\"ltr\">{E(v.Message)}</span></p>");
        }

        Line($"<p>{E(language["Report.Head"])} <code dir=\"ltr\">{E(v.Head.ToString())}</code></p>");
        Line(Checkpoint is null
            ? $"<p>{E(language["Report.NoCheckpoint"])}</p>"
            : $"<p>{Html("Report.CheckedAgainst", $"<code dir=\"ltr\">{E(Checkpoint.ToString())}</code>")}</p>");
    }

    private void RenderOutcomes()
    {
        var language = Language;
        Line($"<h2>{E(language["Report.Outcomes"])}</h2>");
        Line("<figure>" + ReportCharts.OutcomesOverTime(Statistics, language) + $"<figcaption>{E(language["Report.FiguresBelow"])}</figcaption></figure>");
        var headers = new List<string> { language["Report.Column.Period"], language["Stats.Decisions"] };
        headers.AddRange(DecisionOutcomes.All.Select(o => DecisionOutcomes.Label(o, language)));
        headers.Add(language["Stats.GpcShare"]);
        StartTable("outcomes", headers);
        foreach (var (key, tally) in Statistics.Groups)
        {
            OutcomeRow(Isolated(key), tally);
        }

        OutcomeRow(E(language["Stats.Total"]), Statistics.Total);
        Line("</tbody></table>");
        if (Statistics.PurgedEvents > 0)
        {
            Line($"<p>{Html("Report.Purged", E(language.Count("Events", Statistics.PurgedEvents)), Number(Statistics.PurgedEvents))}</p>");
        }
    }

    private void OutcomeRow(string keyHtml, ConsentStatistics.Tally tally)
    {
        _html.Append("<tr><td>").Append(keyHtml).Append("</td>");
        NumberCell(StatsFormat.Number(tally.Decisions));
        foreach (var outcome in DecisionOutcomes.All)
        {
            NumberCell(StatsFormat.Number(tally.Count(outcome)));
        }

        NumberCell(StatsFormat.Percent(tally.GpcShare));
        Line("</tr>");
    }

    private void RenderGrantRates()
    {
        var language = Language;
        Line($"<h2>{E(language["Report.GrantRates"])}</h2>");
        Line("<figure>" + ReportCharts.CategoryGrantRates(Statistics, language) + $"<figcaption>{E(language["Report.FiguresBelow"])}</figcaption></figure>");
        StartTable("grant-rates", [language["Report.Column.Category"], language["Report.Column.GrantRate"], language["Stats.Decisions"]]);
        foreach (var category in Statistics.Categories)
        {
            var title = language.Category(category);
            _html.Append("<tr><td>").Append(title == category ? Isolated(category) : E(title)).Append("</td>");
            NumberCell(StatsFormat.Percent(Statistics.Total.GrantRate(category)));
            NumberCell(StatsFormat.Number(Statistics.Total.Decisions));
            Line("</tr>");
        }

        Line("</tbody></table>");
    }

    private void RenderTexts()
    {
        var language = Language;
        Line($"<h2>{E(language["Report.Texts"])}</h2>");
        if (Texts.Count == 0)
        {
            Line($"<p>{E(language["Report.NoTexts"])}</p>");
        }

        foreach (var text in Texts)
        {
            Line($"<section><h3><code dir=\"ltr\">{E(text.Hash)}</code></h3>");
            var archived = Isolated(UtcTimeText.Seconds(text.FirstSeen));
            Line("<p>" + (Statistics.Texts.TryGetValue(text.Hash, out var use)
                ? Html("Report.TextUse", Isolated(text.Language), archived, Number(use.Decisions), Isolated(UtcTimeText.Seconds(use.First)), Isolated(UtcTimeText.Seconds(use.Last)), E(language.Count("Decisions", use.Decisions)))
                : Html("Report.TextUnused", Isolated(text.Language), archived)) + "</p>");
            var direction = Direction(text.Language);
            var body = direction == "rtl" ? BidiIsolation.IsolateLatinRuns(text.Text) : E(text.Text);
            Line($"<div class=\"banner-text\" lang=\"{E(text.Language)}\" dir=\"{direction}\">{body}</div></section>");
        }
    }

    /// <summary>Fills a text's placeholders with HTML that is already encoded (and isolated where it must be).</summary>
    private string Html(string key, params string[] html) =>
        string.Format(CultureInfo.InvariantCulture, E(Language[key]), html);

    /// <summary>
    /// A value from the store or a time, as HTML: in a right-to-left report it is isolated left to right (<c>bdi</c>),
    /// so that <c>2026-W47</c>, a path or a hash keeps its order among Arabic words.
    /// </summary>
    private string Isolated(string value) =>
        Language.Direction == "rtl" ? $"<bdi dir=\"ltr\">{E(value)}</bdi>" : E(value);

    private static string Number(long value) => StatsFormat.Number(value);

    private void StartTable(string id, IEnumerable<string> headers)
    {
        _html.Append("<table id=\"").Append(id).Append("\"><thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th>").Append(E(header)).Append("</th>");
        }

        Line("</tr></thead><tbody>");
    }

    private void NumberCell(string value) => _html.Append("<td class=\"n\">").Append(E(value)).Append("</td>");

    private void Line(string html) => _html.Append(html).Append('\n');

    internal static string E(string value) => WebUtility.HtmlEncode(value);
}
