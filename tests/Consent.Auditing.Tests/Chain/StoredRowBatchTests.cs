namespace Consent.Auditing.Tests.Chain;

/// <summary>
/// A batch keeps every row's bytes in one buffer: large rows grow it without disturbing earlier rows, a batch is
/// handed over before its buffer gets near the largest array, and a reused batch shows only its new rows.
/// </summary>
public sealed class StoredRowBatchTests
{
    [Fact]
    public void Add_RowsOfMegabytes_AreFullBeforeTheBufferGrowsWithoutBound_AndEachRowKeepsItsBytes()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(1, 6).Select(i => (Sequence: (long)i, Body: (byte[]?)Bytes(random, 1_500_000 + i), Hash: Bytes(random, 32))).ToList();
        using var reader = new ListRowsReader(rows);
        var batch = new StoredRowBatch(512);

        var added = 0;
        while (!batch.IsFull && reader.Read())
        {
            batch.Add(reader, null, signed: false);
            added++;
        }

        // 4 MB is reached by the third row of 1.5 MB: far fewer than the batch's 512 rows.
        Assert.Equal(3, added);
        AssertRows(batch, rows[..3]);

        batch.Clear();
        Assert.Equal(0, batch.Count);
        Assert.False(batch.IsFull);
        while (reader.Read())
        {
            batch.Add(reader, null, signed: false);
        }

        AssertRows(batch, rows[3..]);
    }

    [Fact]
    public void Add_PurgedRow_HasNoBody_AndTheRowsAroundItKeepTheirs()
    {
        var random = new Random(8);
        List<(long Sequence, byte[]? Body, byte[] Hash)> rows = [(1, Bytes(random, 300), Bytes(random, 32)), (2, null, Bytes(random, 32)), (3, Bytes(random, 90_000), Bytes(random, 32))];
        using var reader = new ListRowsReader(rows);
        var batch = new StoredRowBatch(4);
        while (reader.Read())
        {
            batch.Add(reader, null, signed: false);
        }

        Assert.True(batch.Rows[1].Body.IsNull);
        AssertRows(batch, rows);
    }

    private static void AssertRows(StoredRowBatch batch, List<(long Sequence, byte[]? Body, byte[] Hash)> expected)
    {
        Assert.Equal(expected.Count, batch.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = batch.Rows[i];
            Assert.Equal(expected[i].Sequence, row.Sequence);
            Assert.True(batch.Bytes(row.Hash).SequenceEqual(expected[i].Hash), $"hash of row {i}");
            Assert.Equal(expected[i].Body is null, row.Body.IsNull);
            if (expected[i].Body is { } body)
            {
                Assert.True(batch.Bytes(row.Body).SequenceEqual(body), $"body of row {i}");
            }
        }
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
