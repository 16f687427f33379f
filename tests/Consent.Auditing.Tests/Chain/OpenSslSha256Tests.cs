using System.Security.Cryptography;

namespace Consent.Auditing.Tests.Chain;

/// <summary>
/// The chain's fast SHA-256 (OpenSSL's low-level digest, on Linux) gives exactly the platform's SHA-256, however a
/// message is split between the previous hash and the body, and where it cannot run the chain falls back.
/// </summary>
public sealed class OpenSslSha256Tests
{
    [Fact]
    public void IsAvailable_OnlyOnLinux_WhereCiAndTheBenchmarksRun()
    {
        // The CI machine and the benchmark machine are Linux with OpenSSL 3 outside FIPS mode, so the tests below run
        // the path the benchmarks measure; elsewhere the platform's SHA-256 is the only one.
        Assert.Equal(OperatingSystem.IsLinux(), OpenSslSha256.IsAvailable);
    }

    [Trait("Rule", "L1")]
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hash_AnySplitOfAnyLength_EqualsThePlatformsSha256(int seed)
    {
        var random = new Random(seed);
        var digest = new byte[32];

        // Every length around the 64-byte block and the 56-byte padding limit, then longer messages.
        var lengths = Enumerable.Range(0, 200).Concat([255, 256, 257, 1_000, 4_095, 65_537, 300_000]);
        foreach (var length in lengths)
        {
            var message = new byte[length];
            random.NextBytes(message);
            var split = length == 0 ? 0 : random.Next(length + 1);

            var expected = SHA256.HashData(message);
            if (OpenSslSha256.IsAvailable)
            {
                OpenSslSha256.Hash(message.AsSpan(0, split), message.AsSpan(split), digest);
                Assert.True(expected.AsSpan().SequenceEqual(digest), $"length {length}, split at {split}");
            }

            // The chain, whichever path it takes, hashes a 32-byte previous hash and the rest.
            if (length >= 32)
            {
                AuditChain.Next(message.AsSpan(0, 32), message.AsSpan(32), digest);
                Assert.True(expected.AsSpan().SequenceEqual(digest), $"chain, length {length}");
            }
        }
    }

    [Fact]
    public void Hash_DestinationIsTheFirstPart_ReadsItBeforeWriting()
    {
        var previous = RandomNumberGenerator.GetBytes(32);
        var body = RandomNumberGenerator.GetBytes(350);
        var expected = SHA256.HashData([.. previous, .. body]);

        // AuditChain.Next documents that the destination may be the previous hash itself.
        AuditChain.Next(previous, body, previous);

        Assert.Equal(expected, previous);
    }

    [Fact]
    public void Next_DestinationShorterThanAHash_Throws_InsteadOfLeavingItUnwritten()
    {
        var previous = new byte[32];

        Assert.Throws<ArgumentException>(() => AuditChain.Next(previous, [1, 2, 3], new byte[31]));
    }
}
