namespace Consent.Auditing;

/// <summary>Why an audit chain failed verification.</summary>
public enum AuditChainProblem
{
    /// <summary>The chain verified.</summary>
    None = 0,

    /// <summary>An event's bytes and the hash before it do not give its stored hash: it was edited, or an event was inserted, deleted or moved at this place.</summary>
    HashMismatch = 1,

    /// <summary>A sequence number is missing or out of order: an event was deleted or inserted.</summary>
    SequenceGap = 2,

    /// <summary>An event's body was purged although a later-kept event comes before it; purging only removes the oldest bodies.</summary>
    PurgedOutOfOrder = 3,

    /// <summary>The log holds fewer events than the checkpoint: it was truncated.</summary>
    Truncated = 4,

    /// <summary>The log's hash at the checkpoint's count differs from the checkpoint: the chain was rewritten at or before that event.</summary>
    CheckpointMismatch = 5,

    /// <summary>A stored hash is not 32 bytes.</summary>
    MalformedHash = 6,

    /// <summary>
    /// An event's hash verifies, but its unhashed look-up columns (<c>consent_id</c>, <c>occurred_at</c>) differ from
    /// the values in its body: they were rewritten, so a look-up by consent ID or date could hide or misfile the event.
    /// </summary>
    IndexMismatch = 7,

    /// <summary>An event's hash verifies but its body is not a well-formed event, which show and export would refuse.</summary>
    MalformedEvent = 8,

    /// <summary>An event names a banner text hash that the text archive does not hold (COMPLIANCE R4).</summary>
    UnarchivedText = 9,

    /// <summary>An archived text no longer hashes to its key: it was edited after it was archived (COMPLIANCE R4).</summary>
    ArchivedTextMismatch = 10,

    /// <summary>A stored signature does not verify with the public key of its key id, or names an unknown key (COMPLIANCE L3).</summary>
    SignatureMismatch = 11,

    /// <summary>Events after the last valid signature: they may have been appended by someone without the private key (COMPLIANCE L3).</summary>
    Uncovered = 12,
}
