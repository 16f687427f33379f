namespace Consent.Auditing;

/// <summary>What a full verification checks the log against, besides the log itself.</summary>
/// <param name="Checkpoint">An exported checkpoint the log must extend, or <see langword="null"/>.</param>
/// <param name="PublicKeys">
/// The site's public keys (every one it has signed with), or <see langword="null"/>: without them signatures are not
/// checked, and an event appended by whoever can write to the database cannot be told from a real one.
/// </param>
public sealed record AuditVerificationOptions(AuditCheckpoint? Checkpoint = null, IReadOnlyList<AuditVerificationKey>? PublicKeys = null);
