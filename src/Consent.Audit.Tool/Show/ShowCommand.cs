using System.CommandLine;
using System.Globalization;
using Consent.Abstractions;
using Consent.Audit.Tool.Localization;
using Consent.Audit.Tool.Stats;
using Consent.Auditing;
using Spectre.Console;

namespace Consent.Audit.Tool.Show;

/// <summary><c>show CONSENT_ID</c>: every decision of one visitor's consent ID, with the banner texts they were shown (COMPLIANCE R2, R4).</summary>
internal static class ShowCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var language = context.Language;
        var idArgument = new Argument<string>("CONSENT_ID") { Description = language["Show.ConsentId"] };
        var command = new Command("show", language.Format("Show.Description", ExitCodes.Tampered))
        {
            idArgument,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(idArgument)!.Trim();
            if (!ConsentId.TryParse(text.ToLowerInvariant(), out var consentId))
            {
                throw new AuditToolException(ExitCodes.BadInput, language.Format("Error.NotAConsentId", text));
            }

            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var table = ToolConsole.Table([.. Headers.Select(h => language["Show.Column." + h])]);
            var texts = new List<string>();
            await foreach (var stored in database.HistoryAsync(consentId, cancellationToken))
            {
                // The database checks each event against its unhashed look-up columns as it reads it.
                table.AddRow(Row(stored, language));
                if (stored.Event?.BannerTextHash is { } hash && !texts.Contains(hash))
                {
                    texts.Add(hash);
                }
            }

            if (table.Rows.Count == 0)
            {
                throw new AuditToolException(ExitCodes.NotFound, language.Format("Error.NoEvent", consentId, database.Description));
            }

            // Read before anything is printed: an archived text edited after it was shown stops the command, as
            // verify would (docs/audit-log-format.md, section 3c), instead of showing the auditor the edited text.
            var archived = new Dictionary<string, ArchivedConsentText>(StringComparer.Ordinal);
            await foreach (var archivedText in database.TextsAsync(cancellationToken))
            {
                if (texts.Contains(archivedText.Hash))
                {
                    archived[archivedText.Hash] = ConsentTextHash.Compute(archivedText.Text) == archivedText.Hash
                        ? archivedText
                        : throw new AuditToolException(ExitCodes.Tampered, language.Format("Error.ArchivedTextEdited", archivedText.Hash));
                }
            }

            var console = ToolConsole.ForOutput(context);
            console.WriteLine(language.Format("Show.Heading", consentId, language.Count("Events", table.Rows.Count)));
            console.Write(table);

            foreach (var hash in texts)
            {
                console.WriteLine();
                if (archived.TryGetValue(hash, out var shown))
                {
                    console.WriteLine(language.Format("Show.Text", hash, shown.Language, UtcTimeText.Seconds(shown.FirstSeen)));
                    console.Write(new Panel(new Text(shown.Text)).Border(BoxBorder.Rounded));
                }
                else
                {
                    console.WriteLine(language.Format("Show.TextNotArchived", hash));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly string[] Headers = ["Sequence", "Time", "Type", "Outcome", "Categories", "Gpc", "Control", "Language", "Host", "Path", "Text"];

    private static Text[] Row(StoredConsentEvent stored, ToolLanguage language)
    {
        var sequence = stored.Sequence.ToString(CultureInfo.InvariantCulture);
        if (stored.Event is not { } e)
        {
            return [.. new[] { sequence, language["Show.Purged"], "", "", "", "", "", "", "", "", "" }.Select(c => new Text(c))];
        }

        var on = language["Show.On"];
        var off = language["Show.Off"];

        string[] cells =
        [
            sequence,
            UtcTimeText.Seconds(e.OccurredAt),
            language["EventType." + e.Type],
            DecisionOutcomes.Label(DecisionOutcomes.Classify(e), language),
            string.Join(' ', e.Categories.Select(c => language.Category(c.Category) + "=" + (c.Granted ? on : off))),
            language[e.GlobalPrivacyControl ? "Show.Yes" : "Show.No"],
            e.Control,
            e.Language,
            e.Host,
            e.Path,
            e.BannerTextHash is { } hash ? hash[..12] + "…" : "—",
        ];
        return [.. cells.Select(c => new Text(c))];
    }
}
