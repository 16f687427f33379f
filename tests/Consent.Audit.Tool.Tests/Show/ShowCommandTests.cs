using Consent.Audit.Tool.Tests.Infrastructure;

namespace Consent.Audit.Tool.Tests.Show;

public sealed class ShowCommandTests
{
    // COMPLIANCE R2, R4: a visitor's quoted consent ID leads to every decision and the exact banner text shown.
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Show_ConsentId_ListsEveryDecisionAndTheArabicBannerText_R2_R4(string kind)
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
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Show_EventFiledUnderAnotherConsentId_ExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync($"UPDATE consent_events SET consent_id = '{GeneratedLog.Visitor}' WHERE seq = 10;");

        var result = await ConsentAudit.RunAsync(store.Args("show", GeneratedLog.Visitor.ToString()));

        Assert.Equal(ExitCodes.Tampered, result.ExitCode);
        Assert.Contains("Event 10 is filed under consent ID 00112233445566778899aabbccddeeff but records", result.Error, StringComparison.Ordinal);
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
}
