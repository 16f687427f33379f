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

    // COMPLIANCE L1: an edited event is named, with what is wrong and how many events were checked.
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_EditedEvent_ExitsTamperedNamingFirstBadEvent_L1(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 8) WHERE seq = 7;");

        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("TAMPERED: first bad event 7 (hash mismatch)", result.Output, StringComparison.Ordinal);
        Assert.Contains("events checked: 6 verified before event 7", result.Output, StringComparison.Ordinal);
    }

    // COMPLIANCE L1: a deleted event is a gap in the sequence.
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_DeletedEvent_ExitsTamperedWithSequenceGap_L1(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("DELETE FROM consent_events WHERE seq = 12;");

        var result = await ConsentAudit.RunAsync(store.Args("verify"));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("first bad event 12 (sequence gap)", result.Output, StringComparison.Ordinal);
    }

    // COMPLIANCE L3: a checkpoint kept outside the database detects a truncated log.
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_CheckpointAfterTruncation_ExitsTampered_L3(string kind)
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
}
