using Consent.Audit.Tool.Tests.Infrastructure;

namespace Consent.Audit.Tool.Tests.Verify;

public sealed class VerifyCommandTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_IntactLog_ExitsZeroWithCountAndHead(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);

        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith("INTACT: 30 events verified", result.Output, StringComparison.Ordinal);
        Assert.Contains("head: consent-checkpoint/1 30 ", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Verify_WithProgress_DrawsProgressOnStandardErrorOnly()
    {
        await using var store = await TestStore.CreateAsync("sqlite", events: 0);
        await store.SeedAsync(GeneratedLog.Events(10_500));

        var result = await ConsentAudit.RunAsync(store.Args("verify"), showProgress: true);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith("INTACT: 10500 events verified", result.Output, StringComparison.Ordinal);
        Assert.Contains("Verifying the chain", result.Error, StringComparison.Ordinal);
        Assert.Contains("100%", result.Error, StringComparison.Ordinal);
    }

    // An edited event is named, with what is wrong and how many events were checked.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_EditedEvent_ExitsTamperedNamingFirstBadEvent(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 8) WHERE seq = 7;");

        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("TAMPERED: first bad event 7 (hash mismatch)", result.Output, StringComparison.Ordinal);
        Assert.Contains("events checked: 6 verified before event 7", result.Output, StringComparison.Ordinal);
    }

    // The consent_id column is not hashed, so verify checks it against the hashed body; otherwise `show` could
    // list a stranger's decision under a visitor's ID, or leave the visitor's own out, unnoticed.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_ConsentIdColumnRewritten_ExitsTamperedNamingThatEventAsIndexMismatch(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync($"UPDATE consent_events SET consent_id = '{GeneratedLog.Visitor}' WHERE seq = 10;");

        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("TAMPERED: first bad event 10 (index mismatch)", result.Output, StringComparison.Ordinal);
        Assert.Contains($"Event 10's hash verifies, but its consent_id column reads \"{GeneratedLog.Visitor}\" where its hashed body gives \"{GeneratedLog.Events(10)[9].ConsentId}\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("events checked: 9 verified before event 10", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("hash mismatch", result.Output, StringComparison.Ordinal);
    }

    // The occurred_at column is not hashed either; moving it by the column's smallest step (a millisecond in SQLite,
    // a microsecond in PostgreSQL) is enough to be caught, while the store's own rounding of the body's 7 fraction digits
    // (every generated event has them) is not mistaken for tampering.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_OccurredAtColumnMovedBySmallestStep_ExitsTamperedNamingThatEventAsIndexMismatch(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        Assert.Equal(ExitCodes.Ok, (await ConsentAudit.RunAsync(store.Args("verify"))).ExitCode);
        await store.MoveOccurredAtAsync(17, store.TimeColumnStep);

        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("TAMPERED: first bad event 17 (index mismatch)", result.Output, StringComparison.Ordinal);
        Assert.Contains("its occurred_at column reads", result.Output, StringComparison.Ordinal);
        Assert.Contains("events checked: 16 verified before event 17", result.Output, StringComparison.Ordinal);
    }

    // SQLite keeps a value's own type whatever the column's: the same ID stored as a BLOB reads as the
    // same text but no longer equals the text `show` looks up, so it hides the event; the stored type is checked too.
    [Fact]
    [Trait("Rule", "L1")]
    public async Task Verify_SqliteConsentIdStoredAsBlob_IsAnIndexMismatchBecauseShowCannotFindIt()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        await store.ExecuteAsync("UPDATE consent_events SET consent_id = CAST(consent_id AS BLOB) WHERE seq = 4;");

        var shown = await ConsentAudit.RunAsync(store.Args("show", GeneratedLog.Visitor.ToString()));
        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.Contains("Consent ID 00112233445566778899aabbccddeeff: 3 events", shown.Output, StringComparison.Ordinal);
        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("TAMPERED: first bad event 4 (index mismatch)", result.Output, StringComparison.Ordinal);
        Assert.Contains("its consent_id column reads nothing (NULL or not text)", result.Output, StringComparison.Ordinal);
    }

    // Once retention purged a body there is nothing left to check the columns against, so rewritten
    // columns of a purged event are not found; the chain itself still verifies. docs/audit-log-format.md says so.
    [Theory]
    [Trait("Rule", "R5")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_PurgedEventWithRewrittenColumns_IsNotFlaggedBecauseNothingIsLeftToCompare(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("UPDATE consent_events SET body = NULL WHERE seq <= 3;");
        await store.ExecuteAsync("UPDATE consent_events SET consent_id = 'ffffffffffffffffffffffffffffffff' WHERE seq = 2;");
        await store.MoveOccurredAtAsync(2, TimeSpan.FromDays(3));

        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith("INTACT: 30 events verified (3 with purged bodies).", result.Output, StringComparison.Ordinal);
    }

    // A body edited together with its columns is still a hash mismatch, never an index mismatch.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_BodyAndColumnsCopiedFromAnotherEvent_IsAHashMismatch(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 8), consent_id = (SELECT consent_id FROM consent_events WHERE seq = 8), occurred_at = (SELECT occurred_at FROM consent_events WHERE seq = 8) WHERE seq = 7;");

        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("TAMPERED: first bad event 7 (hash mismatch)", result.Output, StringComparison.Ordinal);
    }

    // A deleted event is a gap in the sequence.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_DeletedEvent_ExitsTamperedWithSequenceGap(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("DELETE FROM consent_events WHERE seq = 12;");

        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("first bad event 12 (sequence gap)", result.Output, StringComparison.Ordinal);
    }

    // A checkpoint kept outside the database detects a truncated log.
    [Theory]
    [Trait("Rule", "L3")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_CheckpointAfterTruncation_ExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        using var checkpointFile = new TempFile(".checkpoint");
        var checkpoint = checkpointFile.Path;
        var written = await ConsentAudit.RunAsync(store.Args("checkpoint", "--out", checkpoint));
        Assert.True(written.ExitCode == ExitCodes.Ok, written.ToString());
        Assert.StartsWith("consent-checkpoint/1 30 ", await File.ReadAllTextAsync(checkpoint), StringComparison.Ordinal);
        Assert.Contains("# taken-at 2026-11-26T15:00:00Z", await File.ReadAllTextAsync(checkpoint), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, (await ConsentAudit.RunAsync(store.Args("verify", "--checkpoint", checkpoint))).ExitCode);

        await store.ExecuteAsync("DELETE FROM consent_events WHERE seq > 27;");
        var result = await ConsentAudit.RunAsync(store.Args("verify", "--checkpoint", checkpoint));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("first bad event 28 (truncated)", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Checkpoint_TamperedLog_WritesNothingAndExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 2) WHERE seq = 3;");
        using var checkpointFile = new TempFile(".checkpoint");
        var checkpoint = checkpointFile.Path;

        var result = await ConsentAudit.RunAsync(store.Args("checkpoint", "--out", checkpoint));

        Assert.Equal(ExitCodes.Tampered, result.ExitCode);
        Assert.False(File.Exists(checkpoint));
    }

    [Fact]
    public async Task Verify_MalformedCheckpointFile_OneLineErrorAndBadInput()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var checkpoint = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".checkpoint");
        await File.WriteAllTextAsync(checkpoint, "consent-checkpoint/1 thirty deadbeef\n");
        var result = await ConsentAudit.RunAsync(store.Args("verify", "--checkpoint", checkpoint));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("consent-audit: '", result.Error, StringComparison.Ordinal);
        Assert.Contains("is not a checkpoint file", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    // The verdict's first word stays INTACT/TAMPERED for scripts; the rest speaks Arabic, with Arabic plural forms.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_InArabic_ExplainsTheVerdictInArabicWithTheSameExitCodes(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);

        var intact = await ConsentAudit.RunAsync(store.Args("verify", "--language", "ar"));
        await store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 8) WHERE seq = 7;");
        var tampered = await ConsentAudit.RunAsync(store.Args("--language", "ar", "verify"));

        Assert.True(intact.ExitCode == ExitCodes.Ok, intact.ToString());
        Assert.StartsWith("INTACT: السجل سليم. الأحداث التي تم التحقق منها: 30 حدثاً (المحذوف محتواها بموجب مدة الاحتفاظ: 0).", intact.Output, StringComparison.Ordinal);
        Assert.Contains("\nرأس السجل: consent-checkpoint/1 30 ", intact.Output, StringComparison.Ordinal);
        Assert.Contains("نصوص الإشعار المؤرشفة التي تطابق بصماتها: نصان،", intact.Output, StringComparison.Ordinal);
        Assert.Contains("التواقيع: لم يُتحقَّق منها", intact.Output, StringComparison.Ordinal);
        Assert.True(tampered.ExitCode == ExitCodes.Tampered, tampered.ToString());
        Assert.StartsWith("TAMPERED: السجل لا يجتاز التحقق. أول حدث فاسد: الحدث 7 (عدم تطابق البصمة).", tampered.Output, StringComparison.Ordinal);
        Assert.Contains("الأحداث التي تم التحقق منها قبل الحدث 7: 6 أحداث.", tampered.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ArabicUiCultureWithoutLanguageOption_SpeaksArabic()
    {
        await using var store = await TestStore.CreateAsync("sqlite", events: 2);

        var arabic = await ConsentAudit.RunAsync(store.Args("verify"), uiCulture: new System.Globalization.CultureInfo("ar-EG"));
        var english = await ConsentAudit.RunAsync(store.Args("verify", "--language", "en"), uiCulture: new System.Globalization.CultureInfo("ar-EG"));

        Assert.StartsWith("INTACT: السجل سليم. الأحداث التي تم التحقق منها: حدثان ", arabic.Output, StringComparison.Ordinal);
        Assert.StartsWith("INTACT: 2 events verified (0 with purged bodies).\nhead: ", english.Output, StringComparison.Ordinal);
    }
}
