using System.Text;
using Consent.Audit.Tool.Localization;
using Consent.Audit.Tool.Stats;
using ScottPlot;

namespace Consent.Audit.Tool.Report;

/// <summary>The report's charts, drawn with ScottPlot as SVG to inline into the HTML (no external asset).</summary>
internal static partial class ReportCharts
{
    private static readonly Color[] OutcomeColors =
    [
        Color.FromHex("#1b7837"), Color.FromHex("#b2182b"), Color.FromHex("#2166ac"), Color.FromHex("#e08214"),
    ];

    /// <summary>Stacked bars: for each period, how many decisions had each outcome.</summary>
    public static string OutcomesOverTime(ConsentStatistics statistics, ToolLanguage language)
    {
        var plot = new Plot();
        var groups = statistics.Groups.ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < groups.Count; i++)
        {
            double stacked = 0;
            foreach (var outcome in DecisionOutcomes.All)
            {
                var count = groups[i].Value.Count(outcome);
                bars.Add(new Bar { Position = i, ValueBase = stacked, Value = stacked + count, FillColor = OutcomeColors[(int)outcome] });
                stacked += count;
            }
        }

        plot.Add.Bars(bars);
        foreach (var outcome in DecisionOutcomes.All)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = DecisionOutcomes.Label(outcome, language), FillColor = OutcomeColors[(int)outcome] });
        }

        plot.ShowLegend(Edge.Right);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, groups.Count).Select(i => (double)i)], [.. groups.Select(g => Label(g.Key))]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = groups.Count > 8 ? -45 : 0;
        plot.Axes.Margins(bottom: 0);
        plot.YLabel(language["Stats.Decisions"]);
        return Svg(plot, "outcomes", language["Report.Outcomes"], language == ToolLanguage.Arabic);
    }

    /// <summary>Bars: the share of decisions that granted each category.</summary>
    public static string CategoryGrantRates(ConsentStatistics statistics, ToolLanguage language)
    {
        var plot = new Plot();
        var categories = statistics.Categories;
        var bars = categories.Select((category, i) => new Bar
        {
            Position = i,
            Value = (statistics.Total.GrantRate(category) ?? 0) * 100,
            FillColor = Color.FromHex("#2166ac"),
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, categories.Count).Select(i => (double)i)], [.. categories.Select(c => Label(language.Category(c)))]);
        plot.Axes.SetLimitsY(0, 100);
        plot.YLabel(language["Report.Chart.PercentOfDecisions"]);
        return Svg(plot, "grant-rates", language["Report.Chart.GrantRates"], language == ToolLanguage.Arabic);
    }

    private static string Svg(Plot plot, string id, string title, bool arabic)
    {
        plot.Title(title);

        // Arabic labels need a font with Arabic glyphs to be measured at all. A character the font lacks is dropped
        // from the SVG: the Arabic chart labels use the Arabic percent sign (U+066A) and no parentheses, which it has not.
        if (arabic)
        {
            plot.Font.Set(ArabicFont);
            plot.Legend.FontName = ArabicFont;
        }

        // Fonts are measured without the browser's fonts; room is reserved so that tick labels are not cut off.
        plot.Axes.Bottom.MinimumSize = 60;
        plot.Axes.Left.MinimumSize = 70;
        var svg = plot.GetSvgXml(900, 420);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;

        // Each chart numbers its clip paths from zero; prefixed, two charts in one page cannot use each other's.
        // In the right-to-left report a label placed glyph by glyph (numbers, dates) would be reordered by the
        // browser's bidi over its own positions (a date's hyphens land on its digits): the chart is left to right,
        // and only the Arabic labels, positioned as a whole, are right to left.
        if (arabic)
        {
            svg = ShapedByTheBrowser(svg).Replace("<svg ", "<svg direction=\"ltr\" ", StringComparison.Ordinal);
        }

        var prefix = id + "-";
        return svg.Replace("id=\"", $"id=\"{prefix}", StringComparison.Ordinal)
            .Replace("url(#", $"url(#{prefix}", StringComparison.Ordinal)
            .Replace("href=\"#", $"href=\"#{prefix}", StringComparison.Ordinal)
            .Replace("<svg ", $"<svg role=\"img\" aria-labelledby=\"{prefix}title\" ", StringComparison.Ordinal)
            .Replace("</svg>", $"<title id=\"{prefix}title\">{System.Net.WebUtility.HtmlEncode(title)}</title></svg>", StringComparison.Ordinal);
    }

    // Labels come from the store; only plain characters reach the SVG, whatever a tampered log holds.
    private static string Label(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' ' ? c : '?');
        }

        return builder.ToString();
    }

    private const string ArabicFont = "Noto Sans Arabic";

    // The SVG places every glyph at its own x, in logical order and unjoined, which breaks Arabic. A label with Arabic
    // letters keeps only where it starts (its left edge: the end of a right-to-left line), so that the browser joins
    // its letters and orders it right to left.
    private static string ShapedByTheBrowser(string svg) => ArabicText().Replace(svg, m =>
        $"<text{m.Groups["before"].Value} x=\"{m.Groups["x"].Value}\" y=\"{m.Groups["y"].Value}\" direction=\"rtl\" text-anchor=\"end\"{m.Groups["after"].Value}>{m.Groups["text"].Value.Trim()}</text>");

    [System.Text.RegularExpressions.GeneratedRegex("""<text(?<before>[^>]*?) x="(?<x>[-0-9.]+)[^"]*" y="(?<y>[-0-9.]+)[^"]*"(?<after>[^>]*)>(?<text>[^<]*[\u0600-\u06FF][^<]*)</text>""")]
    private static partial System.Text.RegularExpressions.Regex ArabicText();
}
