using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Consent.Auditing;

/// <summary>
/// A signed checkpoint (COMPLIANCE L3): the writer's ECDSA P-256 signature over the event count, the head hash after
/// that many events, the time of signing and the signing key's id. Whoever can write to the database but does not hold
/// the private key cannot append an event that a signature covers. The signed bytes are
/// <see cref="Message(long, string, string, string)"/>; docs/audit-log-format.md, section 4a, describes them.
/// </summary>
/// <param name="Count">The number of events the signature covers: events 1 to <paramref name="Count"/>.</param>
/// <param name="HeadHash">h_Count as 64 lowercase hexadecimal digits.</param>
/// <param name="SignedAt">The time of signing, UTC, <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>, exactly as signed.</param>
/// <param name="KeyId">The id of the key that signed (<see cref="AuditVerificationKey.KeyId"/>).</param>
/// <param name="Value">The signature, DER-encoded (RFC 3279 <c>Ecdsa-Sig-Value</c>), as <c>openssl dgst -sha256 -sign</c> writes it.</param>
public sealed record AuditSignature(long Count, string HeadHash, string SignedAt, string KeyId, byte[] Value)
{
    /// <summary>The first field of the signed bytes.</summary>
    public const string FormatTag = "consent-signature/1";

    /// <summary>Gets the bytes this signature signs.</summary>
    /// <returns>The bytes.</returns>
    public byte[] Message() => Message(Count, HeadHash, SignedAt, KeyId);

    /// <summary>
    /// Gets the bytes that are signed, in the field encoding of the events (docs/audit-log-format.md, section 2): the
    /// fields <c>consent-signature/1</c>, the count in decimal, the head hash in lowercase hex, the time and the key id.
    /// </summary>
    /// <param name="count">The number of events covered.</param>
    /// <param name="headHash">h_count in lowercase hex.</param>
    /// <param name="signedAt">The time of signing as text.</param>
    /// <param name="keyId">The signing key's id.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Message(long count, string headHash, string signedAt, string keyId)
    {
        ArgumentNullException.ThrowIfNull(headHash);
        ArgumentNullException.ThrowIfNull(signedAt);
        ArgumentNullException.ThrowIfNull(keyId);
        string[] fields = [FormatTag, count.ToString(CultureInfo.InvariantCulture), headHash, signedAt, keyId];
        var bytes = new byte[fields.Sum(f => 4 + Encoding.UTF8.GetByteCount(f))];
        var span = bytes.AsSpan();
        foreach (var field in fields)
        {
            var written = Encoding.UTF8.GetBytes(field, span[4..]);
            BinaryPrimitives.WriteUInt32BigEndian(span, (uint)written);
            span = span[(4 + written)..];
        }

        return bytes;
    }
}
