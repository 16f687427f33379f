using Consent.Auditing;
using Consent.Testing;

namespace Consent.Auditing.Tests.Chain;

/// <summary>A chain held as rows, as a store would hold it, so that tests can tamper with it.</summary>
internal sealed class InMemoryChain
{
    public List<(long Sequence, byte[]? Body, byte[] Hash)> Rows { get; } = [];

    public static InMemoryChain Build(int count) => Build(TestEvents.Records(count).Select(record => record.Bytes));

    /// <summary>Chains the given canonical bodies in order.</summary>
    public static InMemoryChain Build(IEnumerable<byte[]> bodies)
    {
        var chain = new InMemoryChain();
        var previous = AuditChain.GenesisHash.ToArray();
        foreach (var body in bodies)
        {
            previous = AuditChain.Next(previous, body);
            chain.Rows.Add((chain.Rows.Count + 1, body, previous));
        }

        return chain;
    }

    public AuditCheckpoint Checkpoint() => new(Rows.Count, Convert.ToHexStringLower(Rows[^1].Hash));

    /// <summary>Recomputes every hash from the bodies, as an attacker with write access would after an edit.</summary>
    public void Rehash()
    {
        var previous = AuditChain.GenesisHash.ToArray();
        for (var i = 0; i < Rows.Count; i++)
        {
            previous = AuditChain.Next(previous, Rows[i].Body!);
            Rows[i] = (i + 1, Rows[i].Body, previous);
        }
    }

    public AuditChainVerification Verify(AuditCheckpoint? checkpoint = null)
    {
        var verifier = new AuditChainVerifier(checkpoint);
        foreach (var (sequence, body, hash) in Rows)
        {
            var ok = body is null ? verifier.AddPurged(sequence, hash) : verifier.Add(sequence, body, hash);
            if (!ok)
            {
                break;
            }
        }

        return verifier.Complete();
    }
}
