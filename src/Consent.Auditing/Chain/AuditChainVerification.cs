namespace Consent.Auditing;

/// <summary>The outcome of verifying an audit chain.</summary>
/// <param name="Problem">What was wrong, or <see cref="AuditChainProblem.None"/>.</param>
/// <param name="FirstBadSequence">The sequence number of the first event found bad, or <see langword="null"/> when the chain verified.</param>
/// <param name="EventCount">How many events were read.</param>
/// <param name="PurgedCount">How many of them had their body purged (retention); their hashes were taken as stored.</param>
/// <param name="Head">The checkpoint of the events read, meaningful when the chain verified.</param>
/// <param name="Message">A sentence that explains the outcome to an auditor.</param>
public sealed record AuditChainVerification(
    AuditChainProblem Problem,
    long? FirstBadSequence,
    long EventCount,
    long PurgedCount,
    AuditCheckpoint Head,
    string Message)
{
    /// <summary>Gets how many stored signatures were read.</summary>
    public long SignatureCount { get; init; }

    /// <summary>Gets whether signatures were checked against public keys; without, appends cannot be proved.</summary>
    public bool SignaturesChecked { get; init; }

    /// <summary>Gets how many events the last valid signature covers, when signatures were checked.</summary>
    public long? SignedCount { get; init; }

    /// <summary>Gets how many archived banner texts were checked against their hashes.</summary>
    public int ArchivedTextCount { get; init; }

    /// <summary>Gets whether the chain verified.</summary>
    public bool IsValid => Problem == AuditChainProblem.None;
}
