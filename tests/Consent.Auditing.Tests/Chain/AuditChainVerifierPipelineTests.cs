using Consent.Testing;

namespace Consent.Auditing.Tests.Chain;

/// <summary>
/// Reading rows and checking them run side by side: the verdict is the same as one at a time, a bad event stops the
/// reading soon after it, and a failing or cancelled read ends the pass with its error instead of a verdict.
/// </summary>
public sealed class AuditChainVerifierPipelineTests
{
    [Theory]
    [Trait("Rule", "L1")]
    [InlineData(1)]
    [InlineData(1_024)]
    [InlineData(1_025)]
    [InlineData(7_777)]
    // Rows 9,216 and 9,217 end and start batches read into arrays that already carried checked rows.
    [InlineData(9_216)]
    [InlineData(9_217)]
    [InlineData(12_000)]
    public async Task VerifyAsync_EditedEventAnywhere_IsNamed_AsTheOneByOnePassNamesIt(int edited)
    {
        var chain = InMemoryChain.Build(12_000);
        var body = chain.Rows[edited - 1].Body!.ToArray();
        body[^2] ^= 1;
        chain.Rows[edited - 1] = (edited, body, chain.Rows[edited - 1].Hash);
        using var rows = new ListRowsReader(chain.Rows);

        var result = await AuditChainVerifier.VerifyAsync(rows, null, CancellationToken.None);

        var oneByOne = chain.Verify();
        Assert.Equal(AuditChainProblem.HashMismatch, result.Problem);
        Assert.Equal(edited, result.FirstBadSequence);
        Assert.Equal((oneByOne.Problem, oneByOne.FirstBadSequence, oneByOne.EventCount), (result.Problem, result.FirstBadSequence, result.EventCount));
    }

    [Fact]
    public async Task VerifyAsync_IntactLogOfManyBatches_VerifiesEveryRow()
    {
        var chain = InMemoryChain.Build(10_001);
        using var rows = new ListRowsReader(chain.Rows);

        var result = await AuditChainVerifier.VerifyAsync(rows, chain.Checkpoint(), CancellationToken.None);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(10_001, result.EventCount);
        Assert.Equal(10_001, rows.RowsRead - 1);
    }

    [Theory]
    [Trait("Rule", "L1")]
    [InlineData(0, true)]
    [InlineData(1_400, true)]
    [InlineData(1_401, true)]
    [InlineData(2_999, false)]
    public async Task VerifyAsync_EventsLargerThanABatchBuffer_AreHashedWhole_AndAnEditAfterThemIsNamed(int edited, bool purgeOldest)
    {
        // Rows share their batch's buffer: a 300 KB event (a hostile user agent) must grow it without moving the
        // rows before it, and a reused batch must not show an earlier batch's bytes.
        var bodies = TestEvents.Records(3_000).Select((record, i) => i % 700 == 699
            ? ConsentEventEncoding.Encode(TestEvents.Create(i + 1) with { UserAgent = new string('u', 300_000 + i) })
            : record.Bytes).ToList();
        var chain = InMemoryChain.Build(bodies);
        if (purgeOldest)
        {
            for (var i = 0; i < 600; i++)
            {
                chain.Rows[i] = (i + 1, null, chain.Rows[i].Hash);
            }
        }

        if (edited > 0)
        {
            var body = chain.Rows[edited - 1].Body!.ToArray();
            body[^2] ^= 1;
            chain.Rows[edited - 1] = (edited, body, chain.Rows[edited - 1].Hash);
        }

        using var rows = new ListRowsReader(chain.Rows);
        var result = await AuditChainVerifier.VerifyAsync(rows, chain.Checkpoint(), CancellationToken.None);

        var oneByOne = chain.Verify(chain.Checkpoint());
        Assert.Equal((oneByOne.Problem, oneByOne.FirstBadSequence, oneByOne.EventCount, oneByOne.PurgedCount), (result.Problem, result.FirstBadSequence, result.EventCount, result.PurgedCount));
        Assert.Equal(edited > 0 ? AuditChainProblem.HashMismatch : AuditChainProblem.None, result.Problem);
        Assert.Equal(edited > 0 ? edited : null, result.FirstBadSequence);
        Assert.Equal(purgeOldest ? 600 : 0, result.PurgedCount);
    }

    [Fact]
    public async Task VerifyAsync_BadEventEarly_StopsReadingWithinAFewBatches()
    {
        var chain = InMemoryChain.Build(60_000);
        chain.Rows.RemoveAt(1_999);
        using var rows = new ListRowsReader(chain.Rows);

        var result = await AuditChainVerifier.VerifyAsync(rows, null, CancellationToken.None);

        Assert.Equal(AuditChainProblem.SequenceGap, result.Problem);
        Assert.Equal(2_000, result.FirstBadSequence);
        // The reader runs ahead by the channel's few batches of 1,024 rows, not to the end of the log.
        Assert.True(rows.RowsRead < 2_000 + (8 * 1_024), $"{rows.RowsRead} rows read");
    }

    [Fact]
    public async Task VerifyAsync_ReadFailsMidway_ThrowsThatError_InsteadOfAVerdict()
    {
        var chain = InMemoryChain.Build(20_000);
        using var rows = new ListRowsReader(chain.Rows, failAtRow: 5_000);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AuditChainVerifier.VerifyAsync(rows, null, CancellationToken.None));

        Assert.Contains("row 5000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_Cancelled_ThrowsOperationCanceled()
    {
        var chain = InMemoryChain.Build(20_000);
        using var rows = new ListRowsReader(chain.Rows);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AuditChainVerifier.VerifyAsync(rows, null, cancelled.Token));
    }
}
