using Consent.Audit.Tool.Tests.Infrastructure;

namespace Consent.Audit.Tool.Tests.Show;

public sealed class ShowCommandTests
{
    // A visitor's quoted consent ID leads to every decision and the exact banner text shown.
    [Theory]
    [Trait("Rule", "R2")]
    [Trait("Rule", "R4")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Show_ConsentId_ListsEveryDecisionAndTheArabicBannerText(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);

        var result = await ConsentAudit.RunAsync(store.Args("show", GeneratedLog.Visitor.ToString()));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Consent ID 00112233445566778899aabbccddeeff: 4 events", result.Output, StringComparison.Ordinal);
        Assert.Contains("2026-11-20T09:00:00Z", result.Output, StringComparison.Ordinal);
        Assert.Contains("withdrawal", result.Output, StringComparison.Ordinal);
        Assert.Contains("analytics=on", result.Output, StringComparison.Ordinal);
        Assert.Contains("[أوافق] [أرفض]", result.Output, StringComparison.Ordinal);
        Assert.Contains("(ar, first seen 2026-11-20T09:00:00Z)", result.Output, StringComparison.Ordinal);
        Assert.Contains("I agree", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "R2")]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Show_EventFiledUnderAnotherConsentId_ExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync($"UPDATE consent_events SET consent_id = '{GeneratedLog.Visitor}' WHERE seq = 10;");

        var result = await ConsentAudit.RunAsync(store.Args("show", GeneratedLog.Visitor.ToString()));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("Event 10 was found through rewritten look-up columns: its consent_id column reads \"00112233445566778899aabbccddeeff\" where its hashed body gives", result.Error, StringComparison.Ordinal);
        Assert.Contains("run `consent-audit verify`", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    // The time shown is the hashed one, and a visitor's event whose time column was moved stops the
    // command instead of being listed as if nothing had happened.
    [Theory]
    [Trait("Rule", "R2")]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Show_VisitorEventWithRewrittenOccurredAt_ExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.MoveOccurredAtAsync(3, TimeSpan.FromDays(-1));

        var result = await ConsentAudit.RunAsync(store.Args("show", GeneratedLog.Visitor.ToString()));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("Event 3 was found through rewritten look-up columns: its occurred_at column reads", result.Error, StringComparison.Ordinal);
    }

    // A visitor's event re-filed under another ID is not seen by `show`, which can only look up by the
    // unhashed column; `verify` names it. This is why the help and README say only `verify` proves completeness.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Show_VisitorEventMovedToAnotherConsentId_IsMissingButVerifyNamesIt(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("UPDATE consent_events SET consent_id = 'ffffffffffffffffffffffffffffffff' WHERE seq = 4;");

        var shown = await ConsentAudit.RunAsync(store.Args("show", GeneratedLog.Visitor.ToString()));
        var verified = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(shown.ExitCode == ExitCodes.Ok, shown.ToString());
        Assert.Contains("Consent ID 00112233445566778899aabbccddeeff: 3 events", shown.Output, StringComparison.Ordinal);
        Assert.True(verified.ExitCode == ExitCodes.Tampered, verified.ToString());
        Assert.Contains("TAMPERED: first bad event 4 (index mismatch)", verified.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownConsentId_ExitsNotFound()
    {
        await using var store = await TestStore.CreateAsync("sqlite", events: 5);

        var result = await ConsentAudit.RunAsync(store.Args("show", "ffffffffffffffffffffffffffffffff"));

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("No event for consent ID ffffffffffffffffffffffffffffffff", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_TextThatIsNotAConsentId_ExitsBadInput()
    {
        await using var store = await TestStore.CreateAsync("sqlite", events: 5);

        var result = await ConsentAudit.RunAsync(store.Args("show", "' OR 1=1 --"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("is not a consent ID", result.Error, StringComparison.Ordinal);
    }

    // The archive is evidence too: show refuses to display a text that no longer matches the hash the visitor was shown.
    [Theory]
    [Trait("Rule", "R4")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Show_ArchivedTextEdited_ExitsTamperedAndPrintsNoHistory(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("UPDATE consent_texts SET text = text || ' [edited]' WHERE language = 'ar';");

        var result = await ConsentAudit.RunAsync(store.Args("show", GeneratedLog.Visitor.ToString()));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("no longer hashes to its key", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("[edited]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R2")]
    public async Task Show_InArabic_HeadsTheTableAndNamesCategoriesInArabic()
    {
        await using var store = await TestStore.CreateAsync("sqlite");

        var result = await ConsentAudit.RunAsync(store.Args("show", GeneratedLog.Visitor.ToString(), "--language", "ar"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("معرّف الموافقة 00112233445566778899aabbccddeeff: 4 أحداث", result.Output, StringComparison.Ordinal);
        Assert.Contains("│ التسلسل │ الوقت (UTC)", result.Output, StringComparison.Ordinal);
        Assert.Contains("ضرورية=نعم", result.Output, StringComparison.Ordinal);
        Assert.Contains("تسويقية=لا", result.Output, StringComparison.Ordinal);
        Assert.Contains("سحب الموافقة", result.Output, StringComparison.Ordinal);
        Assert.Contains("2026-11-20T09:00:00Z", result.Output, StringComparison.Ordinal);
        Assert.Contains("(اللغة ar، أول ظهور 2026-11-20T09:00:00Z):", result.Output, StringComparison.Ordinal);
        Assert.Contains("[أوافق] [أرفض]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownConsentIdInArabic_ExitsNotFoundWithAnArabicLine()
    {
        await using var store = await TestStore.CreateAsync("sqlite", events: 5);

        var result = await ConsentAudit.RunAsync(store.Args("show", "ffffffffffffffffffffffffffffffff", "--language", "ar"));

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.StartsWith("consent-audit: لا يوجد حدث لمعرّف الموافقة ffffffffffffffffffffffffffffffff في ", result.Error, StringComparison.Ordinal);
    }
}
