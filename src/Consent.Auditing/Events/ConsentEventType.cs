namespace Consent.Auditing;

/// <summary>What kind of decision an audit event records (COMPLIANCE R1).</summary>
public enum ConsentEventType
{
    /// <summary>Every optional category granted.</summary>
    Grant = 0,

    /// <summary>No optional category granted.</summary>
    Refusal = 1,

    /// <summary>Some optional categories granted, others not.</summary>
    PartialChoice = 2,

    /// <summary>A category the visitor had granted is now refused.</summary>
    Withdrawal = 3,

    /// <summary>A new decision after the previous one expired or the policy revision changed.</summary>
    Reconsent = 4,

    /// <summary>«أوافق» pressed under a Global Privacy Control signal: sale/sharing categories stayed off.</summary>
    GpcOptOut = 5,

    /// <summary>
    /// A signed-in user's stored decision restored on a device without a valid consent cookie: no new choice, the
    /// original decision's consent ID, recorded so that the log shows every time the decision was put into force.
    /// </summary>
    Restore = 6,
}
