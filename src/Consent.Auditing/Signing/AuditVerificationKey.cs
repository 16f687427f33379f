using System.Security.Cryptography;

namespace Consent.Auditing;

/// <summary>
/// A public ECDSA P-256 key that checks signed checkpoints (<see cref="AuditSignature"/>). An auditor needs only this
/// key, never the private one. Its <see cref="KeyId"/> is derived from the key itself, so a signature names the key
/// that made it and keys can be rotated: give the verifier every public key the site has used.
/// </summary>
public sealed class AuditVerificationKey : IDisposable
{
    private readonly ECDsa _key;
    private readonly Lock _lock = new();

    private AuditVerificationKey(ECDsa key)
    {
        _key = key;
        KeyId = KeyIdOf(key);
    }

    /// <summary>Gets the key's id: the first 16 lowercase hex digits of the SHA-256 of its DER SubjectPublicKeyInfo.</summary>
    public string KeyId { get; }

    /// <summary>Reads a public key (<c>-----BEGIN PUBLIC KEY-----</c>) or a private key, of which only the public half is kept.</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text holds no ECDSA P-256 key.</exception>
    public static AuditVerificationKey FromPem(string pem)
    {
        using var full = AuditSigningKey.ImportP256(pem, "public");
        var publicOnly = ECDsa.Create(full.ExportParameters(includePrivateParameters: false));
        return new AuditVerificationKey(publicOnly);
    }

    /// <summary>Reads a PEM file, as <see cref="FromPem(string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The file holds no ECDSA P-256 key.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static AuditVerificationKey FromPemFile(string path) => FromPem(File.ReadAllText(path));

    /// <summary>Checks a signature made with this key.</summary>
    /// <param name="signature">The signature.</param>
    /// <returns>Whether it is this key's signature over its message.</returns>
    public bool Verify(AuditSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!string.Equals(signature.KeyId, KeyId, StringComparison.Ordinal))
        {
            return false;
        }

        lock (_lock)
        {
            return _key.VerifyData(signature.Message(), signature.Value, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
    }

    /// <summary>Writes the key as PEM (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    /// <returns>The PEM text.</returns>
    public string ExportPem() => _key.ExportSubjectPublicKeyInfoPem();

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    internal static string KeyIdOf(ECDsa key) =>
        Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
}
