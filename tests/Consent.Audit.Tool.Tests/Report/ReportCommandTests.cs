using Consent.Audit.Tool.Tests.Infrastructure;

namespace Consent.Audit.Tool.Tests.Report;

public sealed class ReportCommandTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Report_IntactLog_IsSelfContainedWithChartsTablesVerificationAndRtlTexts(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        using var output = new TempFile(".html");
        var file = output.Path;
        var result = await ConsentAudit.RunAsync(store.Args("report", "--out", file));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<strong>INTACT</strong>: 30 events verified", html, StringComparison.Ordinal);
        Assert.Contains("consent-checkpoint/1 30 ", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<svg").Length - 1);
        Assert.Contains("Decisions by outcome over time", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"outcomes\">", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"grant-rates\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>2026-11-20</td>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"ar\" dir=\"rtl\">بيان الخصوصية", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\" dir=\"ltr\">Privacy and cookies", html, StringComparison.Ordinal);
        Assert.Contains("Language: ar; archived (first seen): 2026-11-20T09:00:00Z; shown in 20 decisions of the period, from 2026-11-20T09:00:00Z to ", html, StringComparison.Ordinal);

        // Self-contained: nothing is fetched when the file is opened offline.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"url\((?!#)", html);
        Assert.Contains("url(#outcomes-", html, StringComparison.Ordinal);
        Assert.Contains("url(#grant-rates-", html, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Report_TamperedLog_IsWrittenWithTheFindingAndExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 20) WHERE seq = 19;");
        using var output = new TempFile(".html");
        var file = output.Path;
        var result = await ConsentAudit.RunAsync(store.Args("report", "--out", file));

        Assert.Equal(ExitCodes.Tampered, result.ExitCode);
        Assert.Contains("<strong>TAMPERED</strong>: first bad event 19 (HashMismatch)", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    // A rewritten look-up column fails verification; the report is still written and says so.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Report_RewrittenOccurredAtColumn_IsWrittenWithTheFindingAndExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.MoveOccurredAtAsync(12, TimeSpan.FromDays(1));
        using var output = new TempFile(".html");
        var file = output.Path;
        var result = await ConsentAudit.RunAsync(store.Args("report", "--from", "2026-11-20", "--out", file));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("<strong>TAMPERED</strong>: first bad event 12 (IndexMismatch)", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Contains("TAMPERED: first bad event 12 (index mismatch)", result.Output, StringComparison.Ordinal);
    }
}
