namespace Consent.AspNetCore;

/// <summary>Optional data that audit events may hold. Everything here is off by default (COMPLIANCE R2, R3).</summary>
public sealed class ConsentAuditOptions
{
    /// <summary>Gets or sets whether and how the client address is recorded. Defaults to <see cref="ClientAddressRecording.None"/>.</summary>
    public ClientAddressRecording ClientAddress { get; set; } = ClientAddressRecording.None;

    /// <summary>
    /// Gets or sets the Base64 key (at least 32 bytes) for <see cref="ClientAddressRecording.KeyedHash"/>.
    /// Keep it secret and stable: the same address then maps to the same value.
    /// </summary>
    public string? ClientAddressKey { get; set; }

    /// <summary>Gets or sets whether a truncated user agent is recorded. Defaults to <see langword="false"/>.</summary>
    public bool RecordUserAgent { get; set; }

    /// <summary>Gets or sets how many characters of the user agent are kept. Defaults to 64.</summary>
    public int UserAgentMaxLength { get; set; } = 64;
}
