using System.Security.Cryptography;
using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>
/// A private ECDSA P-256 key that signs checkpoints (<see cref="AuditSignature"/>), read from a PEM file holding a
/// PKCS#8 key (<c>openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256</c>, or <c>openssl pkcs8 -topk8 -nocrypt</c>).
/// </summary>
public sealed class AuditSigningKey : IDisposable
{
    private readonly ECDsa _key;
    private readonly Lock _lock = new();

    private AuditSigningKey(ECDsa key)
    {
        _key = key;
        KeyId = AuditVerificationKey.KeyIdOf(key);
    }

    /// <summary>Gets the key's id, which every signature names (<see cref="AuditVerificationKey.KeyId"/>).</summary>
    public string KeyId { get; }

    /// <summary>Reads a private key from PEM text.</summary>
    /// <param name="pem">The PEM text (<c>-----BEGIN PRIVATE KEY-----</c> or <c>-----BEGIN EC PRIVATE KEY-----</c>).</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text holds no ECDSA P-256 private key.</exception>
    public static AuditSigningKey FromPem(string pem)
    {
        var key = ImportP256(pem, "private");
        try
        {
            // Exporting the private scalar fails for a public key: the file must hold the private half.
            _ = key.ExportParameters(includePrivateParameters: true);
        }
        catch (CryptographicException e)
        {
            key.Dispose();
            throw new FormatException("The PEM text holds a public key; signing needs the private key (PKCS#8, -----BEGIN PRIVATE KEY-----).", e);
        }

        return new AuditSigningKey(key);
    }

    /// <summary>Reads a private key from a PEM file, as <see cref="FromPem(string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The file holds no ECDSA P-256 private key.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static AuditSigningKey FromPemFile(string path) => FromPem(File.ReadAllText(path));

    /// <summary>Signs the state of the log after <paramref name="count"/> events.</summary>
    /// <param name="count">The number of events.</param>
    /// <param name="headHash">h_count in lowercase hex.</param>
    /// <param name="signedAt">The time of signing.</param>
    /// <returns>The signature.</returns>
    public AuditSignature Sign(long count, string headHash, DateTimeOffset signedAt)
    {
        var at = UtcTimeText.Ticks(signedAt);
        var message = AuditSignature.Message(count, headHash, at, KeyId);
        byte[] value;
        lock (_lock)
        {
            value = _key.SignData(message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }

        return new AuditSignature(count, headHash, at, KeyId, value);
    }

    /// <summary>Gets the public half, to give to auditors.</summary>
    /// <returns>The public key.</returns>
    public AuditVerificationKey PublicKey() => AuditVerificationKey.FromPem(_key.ExportSubjectPublicKeyInfoPem());

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    internal static ECDsa ImportP256(string pem, string kind)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            var curve = key.ExportParameters(includePrivateParameters: false).Curve;
            if (curve.Oid?.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new FormatException($"The key is not on the P-256 curve; audit signatures use ECDSA P-256 ({kind} key expected).");
            }

            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new FormatException($"The PEM text holds no ECDSA P-256 {kind} key: {e.Message}", e);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }
}
