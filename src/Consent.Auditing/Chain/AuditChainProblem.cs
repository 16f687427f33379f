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
}
