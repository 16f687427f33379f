using System.CommandLine;
using System.Globalization;
using Consent.Abstractions;
using Consent.Audit.Tool.Stats;
using Consent.Auditing;
using Spectre.Console;

namespace Consent.Audit.Tool.Show;

/// <summary><c>show CONSENT_ID</c>: every decision of one visitor's consent ID, with the banner texts they were shown (COMPLIANCE R2, R4).</summary>
internal static class ShowCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var idArgument = new Argument<string>("CONSENT_ID") { Description = "The 32 hexadecimal digits the visitor quotes from the settings layer." };
        var command = new Command(
            "show",
            "Show the full history of one consent ID and the banner text shown each time. Events are found through the unhashed consent_id column: " +
            $"an event whose column differs from its hashed body stops the command (exit {ExitCodes.Tampered}), but an event whose column was changed to another ID is not seen. Only `verify` proves the log complete.")
        {
            idArgument,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(idArgument)!.Trim();
            if (!ConsentId.TryParse(text.ToLowerInvariant(), out var consentId))
            {
                throw new AuditToolException(ExitCodes.BadInput, $"'{text}' is not a consent ID: a consent ID is 32 hexadecimal digits.");
            }

            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var table = ToolConsole.Table("seq", "time (UTC)", "type", "outcome", "categories", "GPC", "control", "language", "host", "path", "banner text");
            var texts = new List<string>();
            await foreach (var stored in database.HistoryAsync(consentId, cancellationToken))
            {
                // The database checks each event against its unhashed look-up columns as it reads it.
                table.AddRow(Row(stored));
                if (stored.Event?.BannerTextHash is { } hash && !texts.Contains(hash))
                {
                    texts.Add(hash);
                }
            }

            if (table.Rows.Count == 0)
            {
                throw new AuditToolException(ExitCodes.NotFound, $"No event for consent ID {consentId} in {database.Description}.");
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
                        : throw new ConsentAuditTamperedException($"The archived banner text {archivedText.Hash} no longer hashes to its key: it was edited after it was archived. Run `consent-audit verify`.");
                }
            }

            var console = ToolConsole.ForOutput(context);
            console.WriteLine($"Consent ID {consentId}: {table.Rows.Count.ToString(CultureInfo.InvariantCulture)} events");
            console.Write(table);

            foreach (var hash in texts)
            {
                console.WriteLine();
                if (archived.TryGetValue(hash, out var shown))
                {
                    console.WriteLine($"Banner text {hash} ({shown.Language}, first seen {UtcTimeText.Seconds(shown.FirstSeen)}):");
                    console.Write(new Panel(new Text(shown.Text)).Border(BoxBorder.Rounded));
                }
                else
                {
                    console.WriteLine($"Banner text {hash}: not in the archive.");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Text[] Row(StoredConsentEvent stored)
    {
        var sequence = stored.Sequence.ToString(CultureInfo.InvariantCulture);
        if (stored.Event is not { } e)
        {
            return [.. new[] { sequence, "(purged by retention)", "", "", "", "", "", "", "", "", "" }.Select(c => new Text(c))];
        }

        string[] cells =
        [
            sequence,
            UtcTimeText.Seconds(e.OccurredAt),
            ConsentEventEncoding.TypeName(e.Type),
            DecisionOutcomes.Label(DecisionOutcomes.Classify(e)),
            string.Join(' ', e.Categories.Select(c => c.Category + (c.Granted ? "=on" : "=off"))),
            e.GlobalPrivacyControl ? "yes" : "no",
            e.Control,
            e.Language,
            e.Host,
            e.Path,
            e.BannerTextHash is { } hash ? hash[..12] + "…" : "—",
        ];
        return [.. cells.Select(c => new Text(c))];
    }
}
