namespace Consent.Auditing;

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

    /// <summary>
    /// Gets or sets how many appends may wait for the audit writer before requests are held back (back-pressure).
    /// Defaults to 10000.
    /// </summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Gets or sets the largest number of events committed in one transaction. Defaults to 1000.</summary>
    public int MaxBatchSize { get; set; } = 1_000;

    /// <summary>
    /// Gets or sets how long a decision waits for room in a full queue before the endpoint answers 503 with
    /// <c>Retry-After</c>. Defaults to 2 seconds.
    /// </summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Gets or sets how long event bodies are kept; older bodies are purged and their hashes kept, so the chain still
    /// verifies (COMPLIANCE R5). Defaults to <see langword="null"/>: keep everything.
    /// </summary>
    public TimeSpan? Retention { get; set; }

    /// <summary>Gets the signing of checkpoints (<c>Consent:Audit:Signing</c>). Off unless a private key is configured.</summary>
    public ConsentAuditSigningOptions Signing { get; } = new();
}
