using Consent.Abstractions;
using Consent.Auditing;
using Consent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Storage.Tests.Storage;

/// <summary>Issue 14: a retried submission, recognised by its submission key, is recorded once (R1).</summary>
public abstract partial class AuditStoreContract<TStore>
{
    [Fact]
    [Trait("Rule", "R1")]
    public async Task AppendBatchAsync_SameKeyInALaterBatch_StoresOneRowAndNamesTheFirstEvent()
    {
        var key = ConsentSubmissionKey.New();
        var first = TestEvents.Create(1) with { SubmissionKey = key };
        var retry = TestEvents.Create(2) with { SubmissionKey = key };

        var firstResults = await Store.AppendBatchAsync([Record(first)], default);
        var retryResults = await Store.AppendBatchAsync([Record(retry)], default);

        Assert.False(firstResults[0].IsAlreadyRecorded);
        Assert.True(retryResults[0].IsAlreadyRecorded);
        Assert.Equal(first, retryResults[0].FirstEvent! with { Categories = first.Categories });
        Assert.Equal(first.Categories, retryResults[0].FirstEvent!.Categories);
        var stored = await Store.ReadAsync(1, 10, default);
        Assert.Equal(first.ConsentId, Assert.Single(stored).Event!.ConsentId);
        var verification = await Store.VerifyAsync(await Store.GetCheckpointAsync(default), default);
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(1, verification.EventCount);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task AppendBatchAsync_SameKeyTwiceInOneBatch_StoresTheFirstOnly()
    {
        var key = ConsentSubmissionKey.New();
        var first = TestEvents.Create(1) with { SubmissionKey = key };
        var other = TestEvents.Create(2) with { SubmissionKey = ConsentSubmissionKey.New() };
        var retry = TestEvents.Create(3) with { SubmissionKey = key };

        var results = await Store.AppendBatchAsync([Record(first), Record(other), Record(retry)], default);

        Assert.Equal([false, false, true], results.Select(r => r.IsAlreadyRecorded));
        Assert.Equal(first.ConsentId, results[2].FirstEvent!.ConsentId);
        var stored = await Store.ReadAsync(1, 10, default);
        Assert.Equal([first.ConsentId, other.ConsentId], stored.Select(s => s.Event!.ConsentId));
        Assert.True((await Store.VerifyAsync(null, default)).IsValid);
    }

    // The stores look a batch's keys up together (PostgreSQL) or through one statement bound again per key (SQLite):
    // each retry must be answered with its own first event, whatever the keys around it.
    [Fact]
    [Trait("Rule", "R1")]
    public async Task AppendBatchAsync_RetriesOfSeveralEarlierSubmissionsAmongNewOnes_EachNamesItsOwnFirstEvent()
    {
        var earlier = Enumerable.Range(1, 3).Select(i => TestEvents.Create(i) with { SubmissionKey = ConsentSubmissionKey.New() }).ToArray();
        await Store.AppendBatchAsync([.. earlier.Select(Record)], default);
        var fresh = Enumerable.Range(4, 2).Select(i => TestEvents.Create(i) with { SubmissionKey = ConsentSubmissionKey.New() }).ToArray();
        ConsentEvent[] batch =
        [
            fresh[0],
            TestEvents.Create(6) with { SubmissionKey = earlier[2].SubmissionKey },
            TestEvents.Create(7) with { SubmissionKey = earlier[0].SubmissionKey },
            fresh[1],
            TestEvents.Create(8) with { SubmissionKey = earlier[1].SubmissionKey },
        ];

        var results = await Store.AppendBatchAsync([.. batch.Select(Record)], default);

        Assert.Equal([false, true, true, false, true], results.Select(r => r.IsAlreadyRecorded));
        Assert.Equal([earlier[2].ConsentId, earlier[0].ConsentId, earlier[1].ConsentId], new[] { results[1], results[2], results[4] }.Select(r => r.FirstEvent!.ConsentId));
        var stored = await Store.ReadAsync(1, 10, default);
        Assert.Equal([.. earlier.Select(e => e.ConsentId), fresh[0].ConsentId, fresh[1].ConsentId], stored.Select(s => s.Event!.ConsentId));
        Assert.True((await Store.VerifyAsync(null, default)).IsValid);
    }

    [Fact]
    public async Task AppendBatchAsync_DifferentKeysAndNoKeys_AreAllStored()
    {
        var events = new[]
        {
            TestEvents.Create(1) with { SubmissionKey = ConsentSubmissionKey.New() },
            TestEvents.Create(2) with { SubmissionKey = ConsentSubmissionKey.New() },
            TestEvents.Create(3),
            TestEvents.Create(4),
        };

        var results = await Store.AppendBatchAsync([.. events.Select(Record)], default);

        Assert.All(results, r => Assert.False(r.IsAlreadyRecorded));
        Assert.Equal(4, (await Store.ReadAsync(1, 10, default)).Count);
        Assert.True((await Store.VerifyAsync(null, default)).IsValid);
    }

    // Existing logs and test vectors keep verifying: an event without a key is stored as consent-event/1, byte for byte.
    [Fact]
    [Trait("Rule", "L1")]
    public async Task AppendBatchAsync_KeylessAndKeyedEvents_KeepTheirFormats()
    {
        var keyless = TestEvents.Create(1);
        var keyed = TestEvents.Create(2) with { SubmissionKey = ConsentSubmissionKey.New() };
        var keylessBytes = ConsentEventEncoding.Encode(keyless);

        await Store.AppendBatchAsync([Record(keyless), Record(keyed)], default);

        var stored = await Store.ReadAsync(1, 2, default);
        Assert.Equal(keylessBytes, ConsentEventEncoding.Encode(stored[0].Event!));
        Assert.Equal(ConsentEventEncoding.FormatTag, FormatTagOf(keylessBytes));
        Assert.Null(stored[0].Event!.SubmissionKey);
        Assert.Equal(keyed.SubmissionKey, stored[1].Event!.SubmissionKey);
        Assert.Equal(ConsentEventEncoding.FormatTagWithSubmissionKey, FormatTagOf(ConsentEventEncoding.Encode(stored[1].Event!)));
    }

    // Two web-farm nodes receive the same retry at once: each writer checks the key inside its append transaction,
    // under the chain lock, so exactly one records it and the other answers from it.
    [Fact]
    [Trait("Rule", "R1")]
    public async Task AppendAsync_SameKeysFromTwoInstancesAtOnce_RecordEachKeyOnce()
    {
        var hosts = await Task.WhenAll(StartHostAsync(), StartHostAsync());
        try
        {
            var keys = Enumerable.Range(0, 40).Select(_ => ConsentSubmissionKey.New()).ToList();
            var appends = hosts.SelectMany((host, h) => keys.Select((key, i) =>
                Task.Run(() => host.Services.GetRequiredService<IConsentAuditLog>()
                    .AppendAsync(TestEvents.Create((h * 100) + i) with { SubmissionKey = key }, default).AsTask()))).ToList();
            var results = await Task.WhenAll(appends);

            Assert.Equal(keys.Count, results.Count(r => !r.IsAlreadyRecorded));
            var stored = await Store.ReadAsync(1, 1000, default);
            Assert.Equal(keys.Count, stored.Count);
            Assert.Equal(keys.Order(StringComparer.Ordinal), stored.Select(s => s.Event!.SubmissionKey!).Order(StringComparer.Ordinal));

            // Each retry is answered with the event the other instance (or its own first append) recorded.
            var recorded = stored.ToDictionary(s => s.Event!.SubmissionKey!, s => s.Event!.ConsentId);
            Assert.All(results.Where(r => r.IsAlreadyRecorded), r => Assert.Equal(recorded[r.FirstEvent!.SubmissionKey!], r.FirstEvent.ConsentId));
            var verification = await Store.VerifyAsync(null, default);
            Assert.True(verification.IsValid, verification.Message);
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

    // The submission_key column is how a retry finds its first event, and the chain does not cover it: a rewritten
    // column (another key, a key on an event that had none, a key removed) is an index mismatch naming the event.
    [Theory]
    [Trait("Rule", "L1")]
    [InlineData("UPDATE consent_events SET submission_key = 'ffffffffffffffffffffffffffffffff' WHERE seq = 2;", 2)]
    [InlineData("UPDATE consent_events SET submission_key = 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee' WHERE seq = 3;", 3)]
    [InlineData("UPDATE consent_events SET submission_key = NULL WHERE seq = 4;", 4)]
    [InlineData("UPDATE consent_events SET submission_key = (SELECT submission_key FROM consent_events WHERE seq = 2) WHERE seq = 5;", 5)]
    public async Task VerifyAsync_RewrittenSubmissionKeyColumn_IsAnIndexMismatchNamingTheEvent(string tamper, long expected)
    {
        // Events 1 and 3 have no key; 2, 4 and 5 have one each.
        var events = Enumerable.Range(1, 5).Select(i => i is 1 or 3 ? TestEvents.Create(i) : TestEvents.Create(i) with { SubmissionKey = ConsentSubmissionKey.New() });
        await Store.AppendBatchAsync([.. events.Select(Record)], default);
        Assert.True((await Store.VerifyAsync(null, default)).IsValid);

        // The unique index refuses a copied key outright; dropping it first shows the verifier finds it anyway.
        await _database.ExecuteAsync("DROP INDEX consent_events_submission_key;");
        await _database.ExecuteAsync(tamper);

        var result = await AssertFirstBadAsync(null, expected);
        Assert.Equal(AuditChainProblem.IndexMismatch, result.Problem);
        Assert.Contains("submission_key column reads", result.Message, StringComparison.Ordinal);
    }

    // Retention removes the key with the body: nothing is left to answer a retry from, and the chain still verifies.
    [Fact]
    [Trait("Rule", "R5")]
    public async Task PurgeBodiesAsync_KeyedEvents_ClearsTheirKeysAndStillVerifies()
    {
        var key = ConsentSubmissionKey.New();
        await Store.AppendBatchAsync([Record(TestEvents.Create(1) with { SubmissionKey = key }), Record(TestEvents.Create(2))], default);

        await Store.PurgeBodiesAsync(TestEvents.Create(2).OccurredAt, default);
        var again = await Store.AppendBatchAsync([Record(TestEvents.Create(3) with { SubmissionKey = key })], default);

        Assert.False(again[0].IsAlreadyRecorded);
        var result = await Store.VerifyAsync(null, default);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(1, result.PurgedCount);
    }

    // A log written before schema version 3 has no submission_key column: it still verifies as it is (read-only
    // auditors open it unmigrated), and the site's next start adds the column and the index to it.
    [Fact]
    [Trait("Rule", "L1")]
    public async Task InitializeAsync_LogOfSchemaVersionTwo_VerifiesAsItIsAndMigratesToVersionThree()
    {
        await Store.AppendBatchAsync(TestEvents.Records(3), default);
        await _database.ExecuteAsync("DROP INDEX consent_events_submission_key;");
        await _database.ExecuteAsync("ALTER TABLE consent_events DROP COLUMN submission_key;");
        await _database.ExecuteAsync(_database.Provider == "Sqlite" ? "PRAGMA user_version = 2;" : "UPDATE consent_schema_version SET version = 2;");
        var before = await Store.VerifyAsync(null, default);
        Assert.True(before.IsValid, before.Message);

        var host = await StartHostAsync();
        try
        {
            var store = host.Services.GetRequiredService<IConsentAuditStore>();
            var key = ConsentSubmissionKey.New();
            var first = await store.AppendBatchAsync([Record(TestEvents.Create(4) with { SubmissionKey = key })], default);
            var retry = await store.AppendBatchAsync([Record(TestEvents.Create(5) with { SubmissionKey = key })], default);

            Assert.False(first[0].IsAlreadyRecorded);
            Assert.True(retry[0].IsAlreadyRecorded);
            var after = await store.VerifyAsync(null, default);
            Assert.True(after.IsValid, after.Message);
            Assert.Equal(4, after.EventCount);
        }
        finally
        {
            await host.StopAsync();
            host.Dispose();
        }
    }

    private static ConsentAuditRecord Record(ConsentEvent consentEvent) => new(consentEvent, ConsentEventEncoding.Encode(consentEvent));

    private static string FormatTagOf(byte[] bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes, 4, (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes));
}
