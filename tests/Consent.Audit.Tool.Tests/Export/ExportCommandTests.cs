using System.Globalization;
using System.Text;
using System.Text.Json;
using Consent.Abstractions;
using Consent.Audit.Tool.Tests.Infrastructure;
using Consent.Auditing;

namespace Consent.Audit.Tool.Tests.Export;

public sealed class ExportCommandTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Export_Jsonl_RoundTripsEveryFieldOfEveryEvent(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        var expected = GeneratedLog.Events(30);

        var result = await ConsentAudit.RunAsync(store.Args("export", "--format", "jsonl"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using (var header = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal("consent-audit-export/2", header.RootElement.GetProperty("schema").GetString());
            Assert.Equal("2026-11-26T15:00:00Z", header.RootElement.GetProperty("exportedAt").GetString());
        }

        Assert.Equal(31, lines.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            using var line = JsonDocument.Parse(lines[i + 1]);
            Assert.Equal(i + 1, line.RootElement.GetProperty("seq").GetInt64());
            Assert.Equal(64, line.RootElement.GetProperty("hash").GetString()!.Length);

            // Equal canonical bytes prove that every field survived, Arabic paths and hostile values included.
            Assert.Equal(ConsentEventEncoding.Encode(expected[i]), ConsentEventEncoding.Encode(FromJson(line.RootElement)));
        }

        Assert.Contains("\"path\":\"/أخبار/0\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"occurredAt\":\"2026-11-20T09:00:00.0000000Z\"", lines[1], StringComparison.Ordinal);
    }

    // Issue 14: a consent-event/2 event's submission key is exported as the last JSON field and the last CSV column.
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Export_KeyedAndKeylessEvents_CarryTheSubmissionKeyOrNull(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind, events: 0);
        const string Key = "00112233445566778899aabbccddeeff";
        var events = GeneratedLog.Events(2);
        await store.SeedAsync([events[0] with { SubmissionKey = Key }, events[1]]);

        var jsonl = await ConsentAudit.RunAsync(store.Args("export", "--format", "jsonl"));
        var csv = await ConsentAudit.RunAsync(store.Args("export", "--format", "csv"));

        Assert.True(jsonl.ExitCode == ExitCodes.Ok, jsonl.ToString());
        var lines = jsonl.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using (var keyed = JsonDocument.Parse(lines[1]))
        using (var keyless = JsonDocument.Parse(lines[2]))
        {
            Assert.Equal(Key, keyed.RootElement.GetProperty("submissionKey").GetString());
            Assert.Equal(JsonValueKind.Null, keyless.RootElement.GetProperty("submissionKey").ValueKind);
            Assert.Equal(ConsentEventEncoding.Encode(events[0] with { SubmissionKey = Key }), ConsentEventEncoding.Encode(FromJson(keyed.RootElement)));
        }

        var rows = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",\"user_agent\",\"submission_key\"", rows[1], StringComparison.Ordinal);
        Assert.EndsWith($",\"{Key}\"", rows[2], StringComparison.Ordinal);
        Assert.EndsWith(",\"\"", rows[3], StringComparison.Ordinal);
    }

    // Formula and row injection in exports are neutralised, and the CSV parses back to the events.
    [Theory]
    [Trait("Rule", "L4")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Export_Csv_IsFormulaSafeUtf8AndParsesBack(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        var expected = GeneratedLog.Events(30);
        using var output = new TempFile(".csv");
        var file = output.Path;
        var result = await ConsentAudit.RunAsync(store.Args("export", "--format", "csv", "--out", file));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.StartsWith("# consent-audit-export/2 csv", text, StringComparison.Ordinal);
        var rows = CsvReader.Parse(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
        Assert.Equal("seq", rows[0][0]);
        Assert.Equal(31, rows.Count);
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(16, row.Length);
            Assert.All(row, cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', cell));
            Assert.All(row, cell => Assert.DoesNotContain('\n', cell));
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var row = rows[i + 1].Select(CsvReader.Unescape).ToArray();
            var e = expected[i];
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), row[0]);
            string?[] fields =
            [
                e.ConsentId.ToString(), e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                ConsentEventEncoding.TypeName(e.Type), string.Join(' ', e.Categories.Select(c => c.Category + (c.Granted ? "=1" : "=0"))),
                e.PolicyRevision, e.Language, e.BannerTextHash, e.Control, e.Host, e.Path, e.GlobalPrivacyControl ? "1" : "0",
                e.ClientAddress ?? string.Empty, e.UserAgent ?? string.Empty, e.SubmissionKey ?? string.Empty,
            ];
            Assert.Equal(fields, row[2..]);
        }

        Assert.Equal("'=HYPERLINK(\"http://x\",\"click\")\\u000D\\u000Anext-row,\"quoted\"", rows[1][14]);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Export_DateRange_KeepsOnlyEventsOfThoseDays(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        var expected = GeneratedLog.Events(30).Count(e => e.OccurredAt.UtcDateTime.Date == new DateTime(2026, 11, 21));

        var result = await ConsentAudit.RunAsync(store.Args("export", "--format", "jsonl", "--from", "2026-11-21", "--to", "2026-11-21"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var events = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(expected, events.Count);
        Assert.All(events, line => Assert.Contains("\"occurredAt\":\"2026-11-21T", line, StringComparison.Ordinal));
        Assert.Contains("\"from\":\"2026-11-21T00:00:00Z\",\"to\":\"2026-11-22T00:00:00Z\"", result.Output, StringComparison.Ordinal);
    }

    // An event moved into the range through its unhashed occurred_at column stops the export, with the
    // event named, instead of being exported under a date it did not happen on.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Export_DateRange_EventWhoseOccurredAtWasMovedIntoIt_ExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        var moved = GeneratedLog.Events(30).FindIndex(e => e.OccurredAt.UtcDateTime.Date == new DateTime(2026, 11, 22)) + 1;
        await store.MoveOccurredAtAsync(moved, TimeSpan.FromDays(-1));

        foreach (var format in new[] { "jsonl", "csv" })
        {
            var result = await ConsentAudit.RunAsync(store.Args("export", "--format", format, "--from", "2026-11-21", "--to", "2026-11-21"));

            Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
            Assert.Contains($"Event {moved} was found through rewritten look-up columns: its occurred_at column reads 2026-11-21T", result.Error, StringComparison.Ordinal);
        }

        using var output = new TempFile(".csv");
        var toFile = await ConsentAudit.RunAsync(store.Args("export", "--format", "csv", "--from", "2026-11-21", "--to", "2026-11-21", "--out", output.Path));
        Assert.True(toFile.ExitCode == ExitCodes.Tampered, toFile.ToString());
        Assert.False(File.Exists(output.Path), "a file that stops at the tampered event would pass for a complete export");
    }

    // An export without --from/--to reads by sequence number, so an event whose occurred_at was moved
    // far away is still read, and stops the export; a date-filtered export cannot see it, and only `verify` proves
    // that nothing is missing.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Export_EventWhoseOccurredAtWasMovedAway_StopsTheFullExportAndOnlyVerifyFindsItInAFilteredOne(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        var moved = GeneratedLog.Events(30).FindIndex(e => e.OccurredAt.UtcDateTime.Date == new DateTime(2026, 11, 21)) + 1;
        var expected = GeneratedLog.Events(30).Count(e => e.OccurredAt.UtcDateTime.Date == new DateTime(2026, 11, 21));
        await store.MoveOccurredAtAsync(moved, TimeSpan.FromDays(-3650));

        var full = await ConsentAudit.RunAsync(store.Args("export", "--format", "jsonl"));
        var filtered = await ConsentAudit.RunAsync(store.Args("export", "--format", "jsonl", "--from", "2026-11-21", "--to", "2026-11-21"));
        var verified = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(full.ExitCode == ExitCodes.Tampered, full.ToString());
        Assert.Contains($"Event {moved} was found through rewritten look-up columns", full.Error, StringComparison.Ordinal);
        Assert.True(filtered.ExitCode == ExitCodes.Ok, filtered.ToString());
        Assert.Equal(expected - 1, filtered.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.True(verified.ExitCode == ExitCodes.Tampered, verified.ToString());
        Assert.Contains($"TAMPERED: first bad event {moved} (index mismatch)", verified.Output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R5")]
    public async Task Export_PurgedEvents_KeepSequenceAndHash()
    {
        await using var store = await TestStore.CreateAsync("sqlite", events: 4);
        await store.ExecuteAsync("UPDATE consent_events SET body = NULL WHERE seq <= 2;");

        var result = await ConsentAudit.RunAsync(store.Args("export", "--format", "jsonl"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("{\"seq\":1,\"hash\":", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"purged\":true}", result.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, (await ConsentAudit.RunAsync(store.Args("verify"))).ExitCode);
    }

    private static ConsentEvent FromJson(JsonElement json) => new()
    {
        ConsentId = ConsentId.TryParse(json.GetProperty("consentId").GetString(), out var id) ? id : throw new FormatException(),
        OccurredAt = DateTimeOffset.Parse(json.GetProperty("occurredAt").GetString()!, CultureInfo.InvariantCulture),
        Type = Enum.GetValues<ConsentEventType>().Single(t => ConsentEventEncoding.TypeName(t) == json.GetProperty("type").GetString()),
        Categories = [.. json.GetProperty("categories").EnumerateArray().Select(c => new ConsentCategoryState(c.GetProperty("category").GetString()!, c.GetProperty("granted").GetBoolean()))],
        PolicyRevision = json.GetProperty("policyRevision").GetString()!,
        Language = json.GetProperty("language").GetString()!,
        BannerTextHash = json.GetProperty("bannerTextHash").GetString(),
        Control = json.GetProperty("control").GetString()!,
        Host = json.GetProperty("host").GetString()!,
        Path = json.GetProperty("path").GetString()!,
        GlobalPrivacyControl = json.GetProperty("gpc").GetBoolean(),
        ClientAddress = json.GetProperty("clientAddress").GetString(),
        UserAgent = json.GetProperty("userAgent").GetString(),
        SubmissionKey = json.GetProperty("submissionKey").GetString(),
    };

    // Exports are read by programs: not one byte depends on the language of the run, nor on an ar-SA culture's calendar.
    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public async Task Export_InArabic_IsByteForByteTheEnglishExport(string format)
    {
        await using var store = await TestStore.CreateAsync("sqlite");

        var english = await ConsentAudit.RunAsync(store.Args("export", "--format", format, "--from", "2026-11-20", "--language", "en"));
        var arabic = await ConsentAudit.RunAsync(store.Args("export", "--format", format, "--from", "2026-11-20"), uiCulture: new CultureInfo("ar-SA"));

        Assert.True(arabic.ExitCode == ExitCodes.Ok, arabic.ToString());
        Assert.Contains("2026-11-2", english.Output, StringComparison.Ordinal);
        Assert.Equal(english.Output, arabic.Output);
    }
}
