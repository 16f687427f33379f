using Consent.Auditing;
using Consent.Testing;

namespace Consent.Auditing.Tests.Chain;

/// <summary>
/// Every kind of tampering is detected and the first bad event is named, with or without a checkpoint and purged
/// bodies.
/// </summary>
public sealed class AuditChainVerifierTests
{
    [Fact]
    public void Complete_IntactChain_IsValidWithHead()
    {
        var chain = InMemoryChain.Build(10);

        var result = chain.Verify(chain.Checkpoint());

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(chain.Checkpoint(), result.Head);
        Assert.Equal(10, result.EventCount);
    }

    [Fact]
    public void Complete_EmptyLog_IsValidWithZeroHead()
    {
        var result = new AuditChainVerifier(new AuditCheckpoint(0, new string('0', 64))).Complete();

        Assert.True(result.IsValid);
        Assert.Equal(new AuditCheckpoint(0, new string('0', 64)), result.Head);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public void Add_EditedBody_NamesEditedEvent()
    {
        var chain = InMemoryChain.Build(10);
        var body = chain.Rows[4].Body!.ToArray();
        body[^1] ^= 1;
        chain.Rows[4] = (5, body, chain.Rows[4].Hash);

        var result = chain.Verify();

        Assert.Equal(AuditChainProblem.HashMismatch, result.Problem);
        Assert.Equal(5, result.FirstBadSequence);
    }

    // The columns a store copies from the body are checked at the store's precision, whatever the body's.
    [Theory]
    [Trait("Rule", "L1")]
    [InlineData(AuditTimeColumn.UnixMilliseconds, 0, true)]
    [InlineData(AuditTimeColumn.UnixMilliseconds, 1, false)]
    [InlineData(AuditTimeColumn.PostgreSqlTimestamp, 0, true)]
    [InlineData(AuditTimeColumn.PostgreSqlTimestamp, 1, false)]
    public void Add_WithIndexEntry_AcceptsTheStoresRoundingAndNamesAColumnMovedByOneStep(AuditTimeColumn column, int stepsMoved, bool valid)
    {
        var consentEvent = TestEvents.Create(1) with { OccurredAt = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_567) };
        var body = ConsentEventEncoding.Encode(consentEvent);
        var step = column == AuditTimeColumn.UnixMilliseconds ? TimeSpan.FromMilliseconds(1) : TimeSpan.FromMicroseconds(1);
        var stored = AuditIndexEntry.ExpectedTime(consentEvent.OccurredAt, column) + (step * stepsMoved);
        var verifier = new AuditChainVerifier();

        verifier.Add(1, body, AuditChain.Next(AuditChain.GenesisHash, body), new AuditIndexEntry(consentEvent.ConsentId.ToString(), stored, column));
        var result = verifier.Complete();

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? AuditChainProblem.None : AuditChainProblem.IndexMismatch, result.Problem);
        Assert.Equal(valid ? null : 1, result.FirstBadSequence);
    }

    // Issue 14: the submission_key column finds a retry's first event; it must hold exactly the body's key, or NULL
    // for a body without one.
    [Theory]
    [Trait("Rule", "L1")]
    [InlineData(true, "body", true)]
    [InlineData(true, "other", false)]
    [InlineData(true, null, false)]
    [InlineData(true, "upper", false)]
    [InlineData(false, null, true)]
    [InlineData(false, "other", false)]
    public void Add_WithIndexEntry_SubmissionKeyColumnMustBeTheBodysKey(bool keyed, string? column, bool valid)
    {
        const string Key = "0123456789abcdef0123456789abcdef";
        var consentEvent = TestEvents.Create(1) with { SubmissionKey = keyed ? Key : null };
        var body = ConsentEventEncoding.Encode(consentEvent);
        var stored = column switch
        {
            "body" => Key,
            "other" => "fedcba9876543210fedcba9876543210",
            "upper" => Key.ToUpperInvariant(),
            _ => null,
        };
        var entry = new AuditIndexEntry(consentEvent.ConsentId.ToString(), AuditIndexEntry.ExpectedTime(consentEvent.OccurredAt, AuditTimeColumn.UnixMilliseconds), AuditTimeColumn.UnixMilliseconds)
        {
            SubmissionKey = stored,
            ChecksSubmissionKey = true,
        };
        var verifier = new AuditChainVerifier();

        verifier.Add(1, body, AuditChain.Next(AuditChain.GenesisHash, body), entry);
        var result = verifier.Complete();

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? AuditChainProblem.None : AuditChainProblem.IndexMismatch, result.Problem);
        if (!valid)
        {
            Assert.Contains("submission_key column reads", result.Message, StringComparison.Ordinal);
        }
    }

    // A body that hashes correctly but is not an event is refused by show and export, so verification refuses it too.
    [Fact]
    [Trait("Rule", "L1")]
    public void Add_WithIndexEntry_BodyThatIsNotAnEvent_IsAMalformedEvent()
    {
        byte[] body = [0, 0, 0, 3, (byte)'a', (byte)'b', (byte)'c'];
        var verifier = new AuditChainVerifier();

        verifier.Add(1, body, AuditChain.Next(AuditChain.GenesisHash, body), new AuditIndexEntry(new string('0', 32), DateTimeOffset.UnixEpoch, AuditTimeColumn.UnixMilliseconds));
        var result = verifier.Complete();

        Assert.Equal(AuditChainProblem.MalformedEvent, result.Problem);
        Assert.Contains("`show` and `export` would refuse it", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public void Add_EditedStoredHash_NamesThatEvent()
    {
        var chain = InMemoryChain.Build(10);
        var hash = chain.Rows[6].Hash.ToArray();
        hash[0] ^= 0xff;
        chain.Rows[6] = (7, chain.Rows[6].Body, hash);

        Assert.Equal(7, chain.Verify().FirstBadSequence);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public void Add_DeletedEvent_NamesGap()
    {
        var chain = InMemoryChain.Build(10);
        chain.Rows.RemoveAt(3);

        var result = chain.Verify();

        Assert.Equal(AuditChainProblem.SequenceGap, result.Problem);
        Assert.Equal(4, result.FirstBadSequence);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public void Add_DeletedEventWithRenumbering_NamesPlaceOfDeletion()
    {
        var chain = InMemoryChain.Build(10);
        chain.Rows.RemoveAt(3);
        for (var i = 0; i < chain.Rows.Count; i++)
        {
            chain.Rows[i] = (i + 1, chain.Rows[i].Body, chain.Rows[i].Hash);
        }

        var result = chain.Verify();

        Assert.Equal(AuditChainProblem.HashMismatch, result.Problem);
        Assert.Equal(4, result.FirstBadSequence);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public void Add_InsertedEvent_NamesInsertedEvent()
    {
        var chain = InMemoryChain.Build(10);
        var forged = TestEvents.Records(1, start: 99)[0].Bytes;
        chain.Rows.Insert(5, (6, forged, chain.Rows[5].Hash));
        for (var i = 6; i < chain.Rows.Count; i++)
        {
            chain.Rows[i] = (i + 1, chain.Rows[i].Body, chain.Rows[i].Hash);
        }

        var result = chain.Verify();

        Assert.Equal(AuditChainProblem.HashMismatch, result.Problem);
        Assert.Equal(6, result.FirstBadSequence);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public void Add_ReorderedEvents_NamesFirstMovedEvent()
    {
        var chain = InMemoryChain.Build(10);
        (chain.Rows[2], chain.Rows[3]) = ((3, chain.Rows[3].Body, chain.Rows[3].Hash), (4, chain.Rows[2].Body, chain.Rows[2].Hash));

        var result = chain.Verify();

        Assert.Equal(AuditChainProblem.HashMismatch, result.Problem);
        Assert.Equal(3, result.FirstBadSequence);
    }

    [Fact]
    [Trait("Rule", "L3")]
    public void Complete_TruncatedLogAgainstCheckpoint_NamesFirstMissingEvent()
    {
        var chain = InMemoryChain.Build(10);
        var checkpoint = chain.Checkpoint();
        chain.Rows.RemoveRange(7, 3);

        var result = chain.Verify(checkpoint);

        Assert.Equal(AuditChainProblem.Truncated, result.Problem);
        Assert.Equal(8, result.FirstBadSequence);
    }

    [Fact]
    [Trait("Rule", "L3")]
    public void Complete_RewrittenChainAgainstCheckpoint_NamesCheckpointEvent()
    {
        var chain = InMemoryChain.Build(10);
        var checkpoint = new AuditCheckpoint(8, Convert.ToHexStringLower(chain.Rows[7].Hash));
        // Event 5 replaced by a copy of event 6, a well-formed body, and every hash recomputed.
        chain.Rows[4] = (5, chain.Rows[5].Body!.ToArray(), chain.Rows[4].Hash);
        chain.Rehash();

        Assert.True(chain.Verify().IsValid, "a rewritten chain is consistent in itself");
        var result = chain.Verify(checkpoint);

        Assert.Equal(AuditChainProblem.CheckpointMismatch, result.Problem);
        Assert.Equal(8, result.FirstBadSequence);
        Assert.Contains("at or before event 8", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R5")]
    public void AddPurged_OldestBodiesPurged_StillVerifies()
    {
        var chain = InMemoryChain.Build(10);
        var checkpoint = chain.Checkpoint();
        for (var i = 0; i < 4; i++)
        {
            chain.Rows[i] = (i + 1, null, chain.Rows[i].Hash);
        }

        var result = chain.Verify(checkpoint);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(4, result.PurgedCount);
    }

    [Fact]
    [Trait("Rule", "R5")]
    public void AddPurged_BodyPurgedAfterKeptOne_IsReported()
    {
        var chain = InMemoryChain.Build(10);
        chain.Rows[5] = (6, null, chain.Rows[5].Hash);

        var result = chain.Verify();

        Assert.Equal(AuditChainProblem.PurgedOutOfOrder, result.Problem);
        Assert.Equal(6, result.FirstBadSequence);
    }

    [Fact]
    [Trait("Rule", "L3")]
    public void Parse_CheckpointText_RoundTrips()
    {
        var checkpoint = InMemoryChain.Build(3).Checkpoint();

        Assert.Equal(checkpoint, AuditCheckpoint.Parse(checkpoint.ToString()));
        Assert.Throws<FormatException>(() => AuditCheckpoint.Parse("consent-checkpoint/1 3 xyz"));
    }

    [Fact]
    [Trait("Rule", "L3")]
    public void Add_ALongChain_VerifiesAgainstItsCheckpoint()
    {
        // Speed is measured in tests/Consent.Benchmarks (AuditVerifyBenchmarks), never here.
        const int Count = 100_000;
        var body = TestEvents.Records(1)[0].Bytes;
        var hashes = new byte[Count * 32];
        var previous = AuditChain.GenesisHash.ToArray();
        for (var i = 0; i < Count; i++)
        {
            AuditChain.Next(previous, body, hashes.AsSpan(i * 32, 32));
            previous = hashes.AsSpan(i * 32, 32).ToArray();
        }

        var verifier = new AuditChainVerifier(new AuditCheckpoint(Count, Convert.ToHexStringLower(previous)));
        for (var i = 0; i < Count; i++)
        {
            verifier.Add(i + 1, body, hashes.AsSpan(i * 32, 32));
        }

        var result = verifier.Complete();

        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public async Task VerifyAsync_WithProgress_ReportsRowsReadEveryTenThousand()
    {
        var chain = InMemoryChain.Build(25_000);
        using var table = new System.Data.DataTable();
        table.Columns.Add("seq", typeof(long));
        table.Columns.Add("body", typeof(byte[]));
        table.Columns.Add("hash", typeof(byte[]));
        foreach (var row in chain.Rows)
        {
            table.Rows.Add(row.Sequence, row.Body, row.Hash);
        }

        var reported = new List<long>();
        using var rows = table.CreateDataReader();
        var result = await AuditChainVerifier.VerifyAsync(rows, chain.Checkpoint(), new ListProgress(reported), CancellationToken.None);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal([10_000L, 20_000L], reported);
    }

    private sealed class ListProgress(List<long> values) : IProgress<long>
    {
        public void Report(long value) => values.Add(value);
    }
}
