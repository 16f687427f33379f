using Microsoft.Extensions.Options;

namespace Consent.Auditing;

/// <summary>
/// Signs the head of each committed batch with the key of <see cref="ConsentAuditSigningOptions.PrivateKeyPath"/>, if
/// one is configured. A store calls <see cref="SignHead"/> inside its append transaction and stores the signature with
/// the batch, so a batch and its signature commit together; one signature per batch keeps signing off the per-event path.
/// </summary>
public sealed class ConsentAuditSigner : IDisposable
{
    private readonly AuditSigningKey? _key;
    private readonly TimeProvider _time;
    private IReadOnlyList<AuditVerificationKey>? _publicKeys;

    /// <summary>Creates the signer from the options; reads the key file once.</summary>
    /// <param name="options">The audit options.</param>
    /// <param name="time">The clock for the time of signing.</param>
    /// <exception cref="InvalidOperationException">The key file is configured but cannot be read as an ECDSA P-256 private key.</exception>
    public ConsentAuditSigner(IOptions<ConsentAuditOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        if (options.Value.Signing.PrivateKeyPath is { Length: > 0 } path)
        {
            try
            {
                _key = AuditSigningKey.FromPemFile(path);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"Consent:Audit:Signing:PrivateKeyPath '{path}' cannot be used: {e.Message}", e);
            }
        }
    }

    /// <summary>Creates a signer with a key, or none.</summary>
    /// <param name="key">The key, or <see langword="null"/> to sign nothing.</param>
    /// <param name="time">The clock for the time of signing.</param>
    public ConsentAuditSigner(AuditSigningKey? key, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _key = key;
        _time = time;
    }

    /// <summary>Gets whether a key is configured.</summary>
    public bool IsEnabled => _key is not null;

    /// <summary>Gets the id of the configured key, or <see langword="null"/>.</summary>
    public string? KeyId => _key?.KeyId;

    /// <summary>Gets the configured key's public half, to verify the store's own signatures, or <see langword="null"/>.</summary>
    public IReadOnlyList<AuditVerificationKey>? PublicKeys => _key is null ? null : _publicKeys ??= [_key.PublicKey()];

    /// <summary>Signs the head of the log after a batch.</summary>
    /// <param name="count">The number of events in the log after the batch.</param>
    /// <param name="head">h_count, 32 bytes.</param>
    /// <returns>The signature, or <see langword="null"/> when no key is configured.</returns>
    public AuditSignature? SignHead(long count, ReadOnlySpan<byte> head) =>
        _key?.Sign(count, Convert.ToHexStringLower(head), _time.GetUtcNow());

    /// <inheritdoc />
    public void Dispose() => _key?.Dispose();
}
