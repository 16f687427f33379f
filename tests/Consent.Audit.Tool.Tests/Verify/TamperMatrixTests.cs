using Consent.Abstractions;
using Consent.Audit.Tool.Tests.Infrastructure;
using Consent.Auditing;

namespace Consent.Audit.Tool.Tests.Verify;

/// <summary>
/// Whoever holds the database tries every kind of tampering on a signed log of 30 events (three batches, three
/// signatures) with an external checkpoint taken before; the built tool, run as a process, must name the first bad
/// event and exit 2.
/// </summary>
public sealed class TamperMatrixTests
{
    private const int Events = 30;

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["edit"] = new(s => s.Store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 8) WHERE seq = 7;"),
            "first bad event 7 (hash mismatch)"),
        ["delete"] = new(s => s.Store.ExecuteAsync("DELETE FROM consent_events WHERE seq = 12;"), "first bad event 12 (sequence gap)"),
        ["insert"] = new(s => s.Store.ExecuteAsync("""
            UPDATE consent_events SET seq = seq + 1000 WHERE seq >= 15;
            UPDATE consent_events SET seq = seq - 999 WHERE seq >= 1000;
            INSERT INTO consent_events (seq, occurred_at, consent_id, body, hash) SELECT 15, occurred_at, consent_id, body, hash FROM consent_events WHERE seq = 3;
            """), "first bad event 15 (hash mismatch)"),
        ["swap"] = new(s => s.Store.ExecuteAsync("""
            UPDATE consent_events SET seq = 1000 WHERE seq = 20;
            UPDATE consent_events SET seq = 20 WHERE seq = 21;
            UPDATE consent_events SET seq = 21 WHERE seq = 1000;
            """), "first bad event 20 (hash mismatch)"),
        ["truncate"] = new(s => s.Store.ExecuteAsync("DELETE FROM consent_events WHERE seq > 25; DELETE FROM consent_signatures WHERE seq > 25;"),
            "first bad event 26 (truncated)", "checkpoint counts 30 events"),
        ["truncate, signature left behind, no checkpoint"] = new(s => s.Store.ExecuteAsync("DELETE FROM consent_events WHERE seq > 25;"),
            "first bad event 26 (truncated)", "a valid signature covers 30 events", WithCheckpoint: false),
        ["rewrite against the checkpoint, unsigned"] = new(RewriteAsync, "first bad event 30 (checkpoint mismatch)", WithKey: false),
        ["rewrite against the signatures"] = new(RewriteAsync, "first bad event 10 (signature mismatch)", "signs another head hash", WithCheckpoint: false),
        ["forged append"] = new(s => AppendForgedAsync(s, null), "first bad event 31 (not covered by a signature)"),
        ["forged append signed with another key"] = new(s => AppendForgedAsync(s, s.Keys.AttackerPrivate),
            "first bad event 31 (signature mismatch)", "none of the public keys given has"),
        ["forged append with a replayed signature"] = new(s => AppendForgedAsync(s, "replay"),
            "first bad event 31 (signature mismatch)", "signs another head hash"),
        ["archived text edited"] = new(s => s.Store.ExecuteAsync("UPDATE consent_texts SET text = text || '.' WHERE language = 'ar';"),
            "first bad event 1 (archived text edited)", $"banner text {ConsentTextHash.Compute(GeneratedLog.ArabicText)}"),
        ["archived text deleted"] = new(s => s.Store.ExecuteAsync("DELETE FROM consent_texts WHERE language = 'en';"),
            "first bad event 2 (banner text not archived)", $"names banner text {ConsentTextHash.Compute(GeneratedLog.EnglishText)}"),
        ["malformed body, hash recomputed"] = new(MalformLastAsync, "first bad event 30 (malformed event)", "Bytes follow the last field"),
        ["consent_id column rewritten"] = new(s => s.Store.ExecuteAsync($"UPDATE consent_events SET consent_id = '{GeneratedLog.Visitor}' WHERE seq = 10;"),
            "first bad event 10 (index mismatch)"),
        ["occurred_at column moved"] = new(s => s.Store.MoveOccurredAtAsync(17, s.Store.TimeColumnStep), "first bad event 17 (index mismatch)"),
        ["purged out of order"] = new(s => s.Store.ExecuteAsync("UPDATE consent_events SET body = NULL WHERE seq = 15;"), "first bad event 15 (purged out of order)"),
    };

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "sqlite", "postgres" })
        {
            foreach (var name in Cases.Keys)
            {
                data.Add(kind, name);
            }
        }

        return data;
    }

    [Theory]
    [Trait("Rule", "L1")]
    [Trait("Rule", "L3")]
    [Trait("Rule", "R4")]
    [MemberData(nameof(Matrix))]
    public async Task Verify_TamperedLog_BuiltToolExitsTwoNamingFirstBadEvent(string kind, string tamper)
    {
        await using var log = await SignedLog.CreateAsync(kind);
        var tampering = Cases[tamper];

        await tampering.Apply(log);
        var result = await BuiltTool.RunAsync(log.VerifyArgs(tampering.WithCheckpoint, tampering.WithKey));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("TAMPERED: " + tampering.Expected, result.Output, StringComparison.Ordinal);
        Assert.Contains(tampering.Detail ?? string.Empty, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "L3")]
    [Trait("Rule", "R5")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_SignedLogAfterRetentionPurge_BuiltToolExitsZeroWithEverySignatureChecked(string kind)
    {
        await using var log = await SignedLog.CreateAsync(kind);
        await log.Store.ExecuteAsync("UPDATE consent_events SET body = NULL WHERE seq <= 5;");

        var result = await BuiltTool.RunAsync(log.VerifyArgs(withCheckpoint: true, withKey: true));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("INTACT: 30 events verified (5 with purged bodies), consistent with the checkpoint.", result.Output, StringComparison.Ordinal);
        Assert.Contains("signatures: 3 verified; the last covers all 30 events.", result.Output, StringComparison.Ordinal);
    }

    // Without the public key nothing can tell a forged append from a real one; the tool says so rather than vouching for it.
    [Theory]
    [Trait("Rule", "L3")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_ForgedAppendWithoutPublicKey_ExitsZeroButSaysAppendsAreUnprovable(string kind)
    {
        await using var log = await SignedLog.CreateAsync(kind);
        await AppendForgedAsync(log, null);

        var result = await BuiltTool.RunAsync(log.VerifyArgs(withCheckpoint: true, withKey: false));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("INTACT: 31 events verified", result.Output, StringComparison.Ordinal);
        Assert.Contains("signatures: not checked (3 stored). Without --public-key, appends are unprovable", result.Output, StringComparison.Ordinal);
    }

    // The attacker recomputes every hash after changing event 5: consistent in itself, so only what is kept outside
    // the database (a checkpoint) or signed with a key the attacker lacks can reveal it.
    private static async Task RewriteAsync(SignedLog log)
    {
        var events = GeneratedLog.Events(Events);
        events[4] = events[4] with { Type = ConsentEventType.Grant, Control = "banner:accept-all" };
        var previous = AuditChain.GenesisHash.ToArray();
        var sql = new List<string>();
        for (var i = 0; i < events.Count; i++)
        {
            var body = ConsentEventEncoding.Encode(events[i]);
            previous = AuditChain.Next(previous, body);
            sql.Add($"UPDATE consent_events SET body = {log.Store.Blob(body)}, hash = {log.Store.Blob(previous)} WHERE seq = {i + 1};");
        }

        await log.Store.ExecuteAsync(string.Join('\n', sql));
    }

    private static async Task MalformLastAsync(SignedLog log)
    {
        var bodies = GeneratedLog.Events(Events).Select(ConsentEventEncoding.Encode).ToList();
        bodies[^1] = [.. bodies[^1], 0, 0, 0, 0];
        var hash = AuditChain.Next(log.Hashes[^2], bodies[^1]);
        await log.Store.ExecuteAsync($"UPDATE consent_events SET body = {log.Store.Blob(bodies[^1])}, hash = {log.Store.Blob(hash)} WHERE seq = {Events};");
    }

    // Event 31, correctly chained onto event 30: "replay" copies the site's own signature of event 30 onto it.
    private static async Task AppendForgedAsync(SignedLog log, string? signWith)
    {
        var forged = GeneratedLog.Events(Events + 1)[^1] with { ConsentId = ConsentId.New(), Type = ConsentEventType.Grant };
        var body = ConsentEventEncoding.Encode(forged);
        var hash = AuditChain.Next(log.Hashes[^1], body);
        var store = log.Store;
        var sql = $"INSERT INTO consent_events (seq, occurred_at, consent_id, body, hash) VALUES ({Events + 1}, {store.TimeLiteral(forged.OccurredAt)}, '{forged.ConsentId}', {store.Blob(body)}, {store.Blob(hash)});";
        if (signWith == "replay")
        {
            sql += $"\nINSERT INTO consent_signatures (seq, head, signed_at, key_id, signature) SELECT {Events + 1}, head, signed_at, key_id, signature FROM consent_signatures WHERE seq = {Events};";
        }
        else if (signWith is not null)
        {
            using var key = AuditSigningKey.FromPemFile(signWith);
            var signature = key.Sign(Events + 1, Convert.ToHexStringLower(hash), forged.OccurredAt);
            sql += $"\nINSERT INTO consent_signatures (seq, head, signed_at, key_id, signature) VALUES ({Events + 1}, {store.Blob(hash)}, '{signature.SignedAt}', '{signature.KeyId}', {store.Blob(signature.Value)});";
        }

        await store.ExecuteAsync(sql);
    }

    private sealed record Case(Func<SignedLog, Task> Apply, string Expected, string? Detail = null, bool WithCheckpoint = true, bool WithKey = true);

    /// <summary>A store with 30 events written in three signed batches, and a checkpoint taken by the tool before any tampering.</summary>
    private sealed class SignedLog : IAsyncDisposable
    {
        private SignedLog(TestStore store, SigningKeys keys)
        {
            Store = store;
            Keys = keys;
            var previous = AuditChain.GenesisHash.ToArray();
            foreach (var e in GeneratedLog.Events(Events))
            {
                previous = AuditChain.Next(previous, ConsentEventEncoding.Encode(e));
                Hashes.Add(previous);
            }
        }

        public TestStore Store { get; }

        public SigningKeys Keys { get; }

        public List<byte[]> Hashes { get; } = [];

        public string CheckpointPath => Keys.PathOf("consent.checkpoint");

        public static async Task<SignedLog> CreateAsync(string kind)
        {
            var store = await TestStore.CreateAsync(kind, events: 0);
            var log = new SignedLog(store, new SigningKeys());
            await store.SeedAsync(GeneratedLog.Events(Events), log.Keys.SitePrivate, batchSize: 10);
            var checkpoint = await ConsentAudit.RunAsync(store.Args("checkpoint", "--out", log.CheckpointPath));
            Assert.True(checkpoint.ExitCode == ExitCodes.Ok, checkpoint.ToString());
            var intact = await BuiltTool.RunAsync(log.VerifyArgs(withCheckpoint: true, withKey: true));
            Assert.True(intact.ExitCode == ExitCodes.Ok, intact.ToString());
            Assert.Contains("signatures: 3 verified; the last covers all 30 events.", intact.Output, StringComparison.Ordinal);
            return log;
        }

        public string[] VerifyArgs(bool withCheckpoint, bool withKey) =>
        [
            .. Store.Args("verify"),
            .. withCheckpoint ? new[] { "--checkpoint", CheckpointPath } : [],
            .. withKey ? new[] { "--public-key", Keys.SitePublic } : [],
        ];

        public async ValueTask DisposeAsync()
        {
            await Store.DisposeAsync();
            Keys.Dispose();
        }
    }
}
