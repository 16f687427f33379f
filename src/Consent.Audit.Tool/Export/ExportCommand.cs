using System.CommandLine;
using System.Text;
using Consent.Auditing;

namespace Consent.Audit.Tool.Export;

/// <summary>
/// <c>export --format csv|jsonl [--from] [--to] [--out]</c>: streams events, one at a time, to a file or standard
/// output in UTF-8. CSV cells are formula- and row-injection-safe (<see cref="ConsentEventCsv"/>, COMPLIANCE L4).
/// </summary>
internal static class ExportCommand
{
    private const int FlushEvery = 4096;

    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var language = context.Language;
        var format = new Option<string>("--format")
        {
            Description = language["Export.Format"],
            Required = true,
        };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var from = store.From();
        var to = store.To();
        var outOption = new Option<string?>("--out") { Description = language["Export.Out"], HelpName = "FILE" };
        var command = new Command("export", language.Format("Export.Description", ExitCodes.Tampered))
        {
            format, from, to, outOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var range = DateRange.Parse(parse.GetValue(from), parse.GetValue(to), language);
            await using var database = await store.OpenAsync(parse, context, cancellationToken);
            var path = parse.GetValue(outOption);
            var exportedAt = context.Time.GetUtcNow();
            long count;
            if (path is null)
            {
                await using var buffer = new MemoryStream();
                count = await ExportAsync(database, parse.GetValue(format)!, range, exportedAt, buffer, context.Output, cancellationToken);
            }
            else
            {
                try
                {
                    await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                    count = await ExportAsync(database, parse.GetValue(format)!, range, exportedAt, file, null, cancellationToken);
                }
                catch (Exception e) when (e is ConsentAuditTamperedException or AuditToolException)
                {
                    // A file that stops at a tampered event looks like a complete export of fewer events: leave none.
                    File.Delete(path);
                    throw;
                }

                await context.Error.WriteLineAsync(language.Format("Export.Written", language.Count("Events", count), path, count));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Writes the export into <paramref name="destination"/>; with <paramref name="text"/>, the bytes are passed on
    /// as text in chunks (standard output is a text writer) and the stream is only a reusable buffer.
    /// </summary>
    private static async Task<long> ExportAsync(IConsentAuditReader database, string format, DateRange range, DateTimeOffset exportedAt, Stream destination, TextWriter? text, CancellationToken cancellationToken)
    {
        var count = 0L;
        if (format == "jsonl")
        {
            using var jsonl = new JsonlEventWriter(destination);
            jsonl.WriteHeader(range, exportedAt);
            await foreach (var stored in database.ReadAsync(range.Since, range.Before, checkIndexColumns: true, cancellationToken))
            {
                jsonl.Write(stored);
                if (++count % FlushEvery == 0)
                {
                    await DrainAsync(destination, text, cancellationToken);
                }
            }

            await DrainAsync(destination, text, cancellationToken);
            return count;
        }

        // A BOM tells spreadsheet programs that the file is UTF-8, so Arabic text opens correctly.
        await using var csv = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: text is null), 1 << 16, leaveOpen: true);
        await csv.WriteAsync($"# {ExportSchema.Version} csv; times are UTC ISO 8601; control characters are written as \\uXXXX; cells starting with = + - @ get a leading '\r\n");
        ConsentEventCsv.WriteHeader(csv);
        await foreach (var stored in database.ReadAsync(range.Since, range.Before, checkIndexColumns: true, cancellationToken))
        {
            ConsentEventCsv.WriteRow(csv, stored);
            if (++count % FlushEvery == 0)
            {
                await csv.FlushAsync(cancellationToken);
                await DrainAsync(destination, text, cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
        await DrainAsync(destination, text, cancellationToken);
        return count;
    }

    private static async Task DrainAsync(Stream destination, TextWriter? text, CancellationToken cancellationToken)
    {
        if (text is null || destination is not MemoryStream buffer)
        {
            await destination.FlushAsync(cancellationToken);
            return;
        }

        // Whole events are flushed before a drain, so the buffer never ends inside a UTF-8 sequence.
        await text.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        await text.FlushAsync(cancellationToken);
        buffer.SetLength(0);
    }
}
