namespace Consent.Auditing;

/// <summary>Whether and how the visitor's IP address goes into audit events (COMPLIANCE R2, R3).</summary>
public enum ClientAddressRecording
{
    /// <summary>Not recorded. The default.</summary>
    None = 0,

    /// <summary>Recorded truncated: IPv4 to its /24, IPv6 to its /48.</summary>
    Truncated = 1,

    /// <summary>Recorded as a keyed HMAC-SHA256 of the full address, never as a plain hash.</summary>
    KeyedHash = 2,
}
