using Consent.Auditing;
using Consent.Testing;

namespace Consent.Auditing.Tests.Chain;

/// <summary>A chain held as rows, as a store would hold it, so that tests can tamper with it.</summary>
internal sealed class InMemoryChain
{
    public List<(long Sequence, byte[]? Body, byte[] Hash)> Rows { get; } = [];

    public static InMemoryChain Build(int count)
    {
        var chain = new InMemoryChain();
        var previous = AuditChain.GenesisHash.ToArray();
        foreach (var record in TestEvents.Records(count))
        {
            previous = AuditChain.Next(previous, record.Bytes);
            chain.Rows.Add((chain.Rows.Count + 1, record.Bytes, previous));
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
