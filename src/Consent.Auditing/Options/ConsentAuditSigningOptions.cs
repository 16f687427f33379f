namespace Consent.Auditing;

/// <summary>Signed checkpoints (COMPLIANCE L3): configuration section <c>Consent:Audit:Signing</c>.</summary>
public sealed class ConsentAuditSigningOptions
{
    /// <summary>
    /// Gets or sets the path of a PEM file holding the ECDSA P-256 private key (PKCS#8) with which the writer signs the
    /// head of every committed batch. Keep the file outside the database and readable only by the site's account.
    /// Defaults to <see langword="null"/>: nothing is signed, and verification says that appends are unprovable.
    /// </summary>
    public string? PrivateKeyPath { get; set; }
}
