using System.CommandLine;
using Consent.Audit.Tool.Localization;
using Consent.Auditing;
using Spectre.Console;

namespace Consent.Audit.Tool.Stats;

/// <summary><c>stats [--from] [--to] [--by day|week|revision|language]</c>: decisions by outcome, per-category grant rates, GPC share.</summary>
internal static class StatsCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var language = context.Language;
        var from = store.From();
        var to = store.To();
        var by = new Option<string>("--by") { Description = language["Stats.By"], DefaultValueFactory = _ => "day" };
        by.AcceptOnlyFromAmong(StatsGrouping.Names);
        var command = new Command("stats", language.Format("Stats.Description", ExitCodes.Tampered))
        {
            from, to, by,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var range = DateRange.Parse(parse.GetValue(from), parse.GetValue(to), language);
            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var statistics = await CollectAsync(database, range, parse.GetValue(by)!, checkIndexColumns: true, cancellationToken);
            var console = ToolConsole.ForOutput(context);
            console.Write(Table(statistics, parse.GetValue(by)!, language));
            if (statistics.PurgedEvents > 0)
            {
                console.WriteLine(language.Format("Stats.Purged", language.Count("Events", statistics.PurgedEvents), StatsFormat.Number(statistics.PurgedEvents)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static async Task<ConsentStatistics> CollectAsync(IConsentAuditReader database, DateRange range, string by, bool checkIndexColumns, CancellationToken cancellationToken)
    {
        var statistics = new ConsentStatistics(by);
        await foreach (var stored in database.ReadAsync(range.Since, range.Before, checkIndexColumns, cancellationToken))
        {
            statistics.Add(stored);
        }

        return statistics;
    }

    private static Table Table(ConsentStatistics statistics, string by, ToolLanguage language)
    {
        var headers = new List<string> { language["Stats.By." + by], language["Stats.Decisions"] };
        headers.AddRange(DecisionOutcomes.All.Select(o => DecisionOutcomes.Label(o, language)));
        headers.Add(language["Stats.GpcShare"]);
        headers.AddRange(statistics.Categories.Select(c => language.Format("Stats.Granted", language.Category(c))));
        var table = ToolConsole.Table([.. headers]);
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var (key, tally) in statistics.Groups)
        {
            table.AddRow(Row(key, tally, statistics.Categories));
        }

        table.AddRow(Row(language["Stats.Total"], statistics.Total, statistics.Categories));
        return table;
    }

    private static Text[] Row(string key, ConsentStatistics.Tally tally, IReadOnlyList<string> categories)
    {
        var cells = new List<string> { key, StatsFormat.Number(tally.Decisions) };
        cells.AddRange(DecisionOutcomes.All.Select(o => StatsFormat.Number(tally.Count(o))));
        cells.Add(StatsFormat.Percent(tally.GpcShare));
        cells.AddRange(categories.Select(c => StatsFormat.Percent(tally.GrantRate(c))));
        return [.. cells.Select(c => new Text(c))];
    }
}
