using Consent.Abstractions;
using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Consent.Testing;

namespace Consent.Storage.Tests.Storage;

/// <summary>
/// What every audit store must do, run against each store on a real, fresh database per test.
/// </summary>
public abstract partial class AuditStoreContract<TStore> : IAsyncLifetime
    where TStore : StoreUnderTest, new()
{
    private readonly TStore _database = new();
    private IHost? _host;

    private IServiceProvider Services => _host!.Services;

    private IConsentAuditStore Store => Services.GetRequiredService<IConsentAuditStore>();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = await StartHostAsync();
    }

    public async Task DisposeAsync()
    {
        await _host!.StopAsync();
        _host.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "L1")]
    public async Task AppendAsync_ConcurrentDecisions_FormOneValidChain()
    {
        var log = Services.GetRequiredService<IConsentAuditLog>();

        await Task.WhenAll(Enumerable.Range(1, 300).Select(i => Task.Run(() => log.AppendAsync(TestEvents.Create(i), default).AsTask())));

        var result = await Store.VerifyAsync(await Store.GetCheckpointAsync(default), default);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(300, result.EventCount);
    }

    [Fact]
    public async Task ReadAsync_AppendedEvents_ComeBackInOrderAndUnchanged()
    {
        var records = TestEvents.Records(5);
        await Store.AppendBatchAsync(records, default);

        var stored = await Store.ReadAsync(2, 3, default);

        Assert.Equal([2L, 3L, 4L], stored.Select(s => s.Sequence));
        Assert.Equal(records[1].Bytes, ConsentEventEncoding.Encode(stored[0].Event!));
        Assert.Equal((await Store.GetCheckpointAsync(default)).HeadHash, (await Store.ReadAsync(5, 1, default))[0].Hash);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public async Task VerifyAsync_EditedEvent_NamesIt()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);

        await _database.ExecuteAsync("UPDATE consent_events SET body = @p WHERE seq = 5;", TestEvents.Records(1, start: 50)[0].Bytes);

        await AssertFirstBadAsync(null, 5);
    }

    // The verification pass reads rows in batches of 1,024 while checking earlier ones; each store reads them its own
    // way (SQLite: SqliteStatementReader), so a row copied into the wrong batch or place would name another event.
    [Theory]
    [Trait("Rule", "L1")]
    [InlineData(1_024)]
    [InlineData(1_025)]
    [InlineData(6_145)]
    public async Task VerifyAsync_EditedEventAtABatchBoundary_NamesIt(int edited)
    {
        await Store.AppendBatchAsync(TestEvents.Records(6_200), default);

        await _database.ExecuteAsync($"UPDATE consent_events SET body = @p WHERE seq = {edited};", TestEvents.Records(1, start: 9_000)[0].Bytes);

        var result = await AssertFirstBadAsync(null, edited);
        Assert.Equal(AuditChainProblem.HashMismatch, result.Problem);
        Assert.Equal(edited - 1, result.EventCount);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public async Task VerifyAsync_IntactLogOfManyBatches_VerifiesEveryEvent()
    {
        await Store.AppendBatchAsync(TestEvents.Records(6_200), default);

        var result = await Store.VerifyAsync(await Store.GetCheckpointAsync(default), default);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(6_200, result.EventCount);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public async Task VerifyAsync_DeletedEvent_NamesIt()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);

        await _database.ExecuteAsync("DELETE FROM consent_events WHERE seq = 4;");

        await AssertFirstBadAsync(null, 4);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public async Task VerifyAsync_InsertedEvent_NamesIt()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);

        await _database.ExecuteAsync("UPDATE consent_events SET seq = seq + 1000 WHERE seq >= 6;");
        await _database.ExecuteAsync("UPDATE consent_events SET seq = seq - 999 WHERE seq >= 1006;");
        await _database.ExecuteAsync("INSERT INTO consent_events (seq, occurred_at, consent_id, body, hash) SELECT 6, occurred_at, consent_id, @p, hash FROM consent_events WHERE seq = 7;", TestEvents.Records(1, start: 60)[0].Bytes);

        await AssertFirstBadAsync(null, 6);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public async Task VerifyAsync_ReorderedEvents_NamesFirstMoved()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);

        await _database.ExecuteAsync("UPDATE consent_events SET seq = -3 WHERE seq = 3;");
        await _database.ExecuteAsync("UPDATE consent_events SET seq = 3 WHERE seq = 4;");
        await _database.ExecuteAsync("UPDATE consent_events SET seq = 4 WHERE seq = -3;");

        await AssertFirstBadAsync(null, 3);
    }

    [Fact]
    [Trait("Rule", "L3")]
    public async Task VerifyAsync_TruncatedLogAgainstCheckpoint_NamesFirstMissing()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);
        var checkpoint = await Store.GetCheckpointAsync(default);

        await _database.ExecuteAsync("DELETE FROM consent_events WHERE seq > 7;");

        Assert.True((await Store.VerifyAsync(null, default)).IsValid, "a truncated chain is consistent in itself");
        await AssertFirstBadAsync(checkpoint, 8);
    }

    [Fact]
    [Trait("Rule", "L3")]
    public async Task VerifyAsync_RewrittenChainAgainstCheckpoint_IsDetected()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);
        var checkpoint = await Store.GetCheckpointAsync(default);
        var stored = await Store.ReadAsync(1, 10, default);

        // An attacker with write access edits event 5 and recomputes every hash after it.
        var previous = Convert.FromHexString(stored[3].Hash);
        for (var i = 4; i < 10; i++)
        {
            var body = ConsentEventEncoding.Encode(i == 4 ? stored[i].Event! with { Type = ConsentEventType.Grant, Control = "forged" } : stored[i].Event!);
            previous = AuditChain.Next(previous, body);
            await _database.ExecuteAsync($"UPDATE consent_events SET body = @p WHERE seq = {i + 1};", body);
            await _database.ExecuteAsync($"UPDATE consent_events SET hash = @p WHERE seq = {i + 1};", previous);
        }

        Assert.True((await Store.VerifyAsync(null, default)).IsValid, "a rewritten chain is consistent in itself");
        var result = await AssertFirstBadAsync(checkpoint, 10);
        Assert.Equal(AuditChainProblem.CheckpointMismatch, result.Problem);
    }

    // The consent_id column is an unhashed copy of a value in the body; a rewritten one would misfile the event in
    // look-ups by consent ID, so verification compares it with the body and names the event.
    [Fact]
    [Trait("Rule", "L1")]
    public async Task VerifyAsync_RewrittenConsentIdColumn_IsAnIndexMismatchNamingTheEvent()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);

        await _database.ExecuteAsync("UPDATE consent_events SET consent_id = (SELECT consent_id FROM consent_events WHERE seq = 3) WHERE seq = 6;");

        var result = await AssertFirstBadAsync(null, 6);
        Assert.Equal(AuditChainProblem.IndexMismatch, result.Problem);
        Assert.Contains("consent_id column reads", result.Message, StringComparison.Ordinal);
    }

    // An occurred_at column moved by the column's smallest step (SQLite: 1 ms; PostgreSQL: 1 µs) is found.
    [Fact]
    [Trait("Rule", "L1")]
    public async Task VerifyAsync_OccurredAtColumnMovedByTheStoresSmallestStep_IsAnIndexMismatchNamingTheEvent()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);

        await _database.ExecuteAsync(_database.Provider == "Sqlite"
            ? "UPDATE consent_events SET occurred_at = occurred_at + 1 WHERE seq = 8;"
            : "UPDATE consent_events SET occurred_at = occurred_at + interval '1 microsecond' WHERE seq = 8;");

        var result = await AssertFirstBadAsync(null, 8);
        Assert.Equal(AuditChainProblem.IndexMismatch, result.Problem);
        Assert.Contains("occurred_at column reads", result.Message, StringComparison.Ordinal);
    }

    // The body keeps 7 fraction digits and the column fewer (SQLite: milliseconds; PostgreSQL:
    // microseconds, rounded towards 2000-01-01 by Npgsql, so upwards before it): the store's own rounding is not tampering.
    [Fact]
    [Trait("Rule", "L1")]
    public async Task VerifyAsync_TimesBeyondTheColumnsPrecision_VerifyIntact()
    {
        DateTimeOffset[] times =
        [
            new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_567),
            new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).AddTicks(9_999_999),
            new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1),
            new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1),
        ];
        var records = times.Select((time, i) => TestEvents.Create(i) with { OccurredAt = time })
            .Select(e => new ConsentAuditRecord(e, ConsentEventEncoding.Encode(e)))
            .ToList();

        await Store.AppendBatchAsync(records, default);

        var result = await Store.VerifyAsync(null, default);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(times.Length, result.EventCount);
    }

    // A purged event has no body left to compare its columns with, so rewritten columns of a purged
    // event are not found (docs/audit-log-format.md, section 5); the chain still verifies.
    [Fact]
    [Trait("Rule", "R5")]
    public async Task VerifyAsync_PurgedEventWithRewrittenColumns_IsNotFlagged()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);
        await Store.PurgeBodiesAsync(TestEvents.Create(4).OccurredAt, default);

        await _database.ExecuteAsync("UPDATE consent_events SET consent_id = 'ffffffffffffffffffffffffffffffff', occurred_at = (SELECT occurred_at FROM consent_events WHERE seq = 9) WHERE seq = 2;");

        var result = await Store.VerifyAsync(null, default);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(3, result.PurgedCount);
    }

    [Fact]
    [Trait("Rule", "R5")]
    public async Task PurgeBodiesAsync_OldEvents_KeepsHashesAndChainVerifies()
    {
        await Store.AppendBatchAsync(TestEvents.Records(10), default);
        var checkpoint = await Store.GetCheckpointAsync(default);

        var purged = await Store.PurgeBodiesAsync(TestEvents.Create(6).OccurredAt, default);

        Assert.Equal(5, purged);
        var result = await Store.VerifyAsync(checkpoint, default);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(5, result.PurgedCount);
        var stored = await Store.ReadAsync(1, 10, default);
        Assert.All(stored.Take(5), s => Assert.Null(s.Event));
        Assert.All(stored.Skip(5), s => Assert.NotNull(s.Event));
    }

    [Fact]
    [Trait("Rule", "R4")]
    public async Task ArchiveAsync_SameTextTwice_KeptOnceAndFoundByHash()
    {
        var archive = Services.GetRequiredService<IConsentTextArchive>();
        const string Text = "نستخدم ملفات تعريف الارتباط لأغراض محددة. أوافق / أرفض";

        var hash = await archive.ArchiveAsync("ar", Text, default);
        Assert.Equal(hash, await archive.ArchiveAsync("ar", Text, default));

        var found = await archive.FindAsync(hash, default);
        Assert.Equal(("ar", Text), (found!.Language, found.Text));
        Assert.Null(await archive.FindAsync(new string('0', 64), default));
    }

    [Fact]
    public async Task SaveAsync_Preference_LaterDecisionWinsOverEarlier()
    {
        var preferences = Services.GetRequiredService<IConsentPreferenceStore>();
        var earlier = new ConsentPreference(ConsentId.New(), ["analytics", "necessary"], "1a2b3c4d", DateTimeOffset.FromUnixTimeSeconds(1_800_000_000), false, ConsentMethod.Custom);
        var later = earlier with { GrantedCategories = ["necessary"], DecidedAt = earlier.DecidedAt.AddMinutes(1), Method = ConsentMethod.RejectAll };

        await preferences.SaveAsync("user-1", later, default);
        await preferences.SaveAsync("user-1", earlier, default);

        var found = await preferences.FindAsync("user-1", default);
        Assert.Equal(later.DecidedAt, found!.DecidedAt);
        Assert.Equal(later.GrantedCategories, found.GrantedCategories);
        Assert.Equal(later.Method, found.Method);
        Assert.Null(await preferences.FindAsync("user-2", default));
    }

    [Fact]
    public async Task StartAsync_TwoInstancesAtOnce_BothMigrateSafelyAndShareTheChain()
    {
        var hosts = await Task.WhenAll(StartHostAsync(), StartHostAsync());
        try
        {
            await Task.WhenAll(hosts.SelectMany(h => Enumerable.Range(1, 50).Select(i =>
                h.Services.GetRequiredService<IConsentAuditLog>().AppendAsync(TestEvents.Create(i), default).AsTask())));

            var result = await Store.VerifyAsync(null, default);
            Assert.True(result.IsValid, result.Message);
            Assert.Equal(100, result.EventCount);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync();
                host.Dispose();
            }
        }
    }

    private async Task<AuditChainVerification> AssertFirstBadAsync(AuditCheckpoint? checkpoint, long expected)
    {
        var result = await Store.VerifyAsync(checkpoint, default);
        Assert.False(result.IsValid);
        Assert.Equal(expected, result.FirstBadSequence);
        return result;
    }

    private async Task<IHost> StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        _database.Register(builder.Services.AddCookieConsent());
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
