using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>
/// The canonical bytes of a consent event, which the hash chain covers (COMPLIANCE L1, L2). Every value is a field:
/// a 4-byte big-endian length followed by that many UTF-8 bytes, or the length <c>0xFFFFFFFF</c> alone for an absent
/// value. Nothing is delimited by text, so no value can forge another field or a line (L4). See
/// <c>docs/audit-log-format.md</c> for the field order.
/// </summary>
public static class ConsentEventEncoding
{
    /// <summary>The first field of every event in this format.</summary>
    public const string FormatTag = "consent-event/1";

    /// <summary>
    /// The first field of an event that carries a submission key: the fields of <see cref="FormatTag"/>, then the key.
    /// An event without a key keeps the first format, byte for byte.
    /// </summary>
    public const string FormatTagWithSubmissionKey = "consent-event/2";

    private const uint Absent = 0xFFFFFFFF;

    /// <summary>Encodes an event into its canonical bytes.</summary>
    /// <param name="consentEvent">The event.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Encode(ConsentEvent consentEvent)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        var fields = Fields(consentEvent);
        var length = 0;
        foreach (var field in fields)
        {
            length += 4 + (field is null ? 0 : Encoding.UTF8.GetByteCount(field));
        }

        var bytes = new byte[length];
        var span = bytes.AsSpan();
        foreach (var field in fields)
        {
            if (field is null)
            {
                BinaryPrimitives.WriteUInt32BigEndian(span, Absent);
                span = span[4..];
                continue;
            }

            var written = Encoding.UTF8.GetBytes(field, span[4..]);
            BinaryPrimitives.WriteUInt32BigEndian(span, (uint)written);
            span = span[(4 + written)..];
        }

        return bytes;
    }

    /// <summary>Reads canonical bytes back into an event.</summary>
    /// <param name="bytes">The bytes written by <see cref="Encode(ConsentEvent)"/>.</param>
    /// <returns>The event.</returns>
    /// <exception cref="FormatException">
    /// The bytes are not exactly what <see cref="Encode(ConsentEvent)"/> writes for some event (docs/audit-log-format.md,
    /// section 2): verification applies the same rules (<see cref="ConsentEventParser"/>), so what it accepts, this reads.
    /// </exception>
    public static ConsentEvent Decode(ReadOnlySpan<byte> bytes)
    {
        var sink = new ConsentEventParser.DecodingSink();
        ConsentEventParser.Parse(bytes, ref sink);
        return sink.ToEvent();
    }

    /// <summary>
    /// Checks canonical bytes with the rules of <see cref="Decode(ReadOnlySpan{byte})"/>, allocating nothing, and
    /// returns the values verification needs: the consent ID and time (copied into the look-up columns) and the banner
    /// text hash (which must be archived).
    /// </summary>
    /// <param name="bytes">The canonical bytes of an event.</param>
    /// <param name="consentId">The consent ID field's bytes: 32 lowercase hexadecimal digits.</param>
    /// <param name="bannerTextHash">The banner text hash field's bytes (64 lowercase hex digits), empty when absent.</param>
    /// <param name="submissionKey">The submission key field's bytes (32 lowercase hex digits), empty in a <c>consent-event/1</c> body.</param>
    /// <returns>The event's time.</returns>
    /// <exception cref="FormatException">The bytes are not a well-formed event of this format.</exception>
    internal static DateTimeOffset Validate(ReadOnlySpan<byte> bytes, out ReadOnlySpan<byte> consentId, out ReadOnlySpan<byte> bannerTextHash, out ReadOnlySpan<byte> submissionKey)
    {
        var sink = new ConsentEventParser.ValidatingSink();
        ConsentEventParser.Parse(bytes, ref sink);
        consentId = sink.ConsentId;
        bannerTextHash = sink.BannerTextHash;
        submissionKey = sink.SubmissionKey;
        return sink.OccurredAt;
    }

    /// <summary>Gets the name an event type has in the canonical bytes, such as <c>partial-choice</c>.</summary>
    /// <param name="type">The event type.</param>
    /// <returns>The name.</returns>
    public static string TypeName(ConsentEventType type) => type switch
    {
        ConsentEventType.Grant => "grant",
        ConsentEventType.Refusal => "refusal",
        ConsentEventType.PartialChoice => "partial-choice",
        ConsentEventType.Withdrawal => "withdrawal",
        ConsentEventType.Reconsent => "reconsent",
        ConsentEventType.GpcOptOut => "gpc-opt-out",
        ConsentEventType.Restore => "restore",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown event type."),
    };

    private static string?[] Fields(ConsentEvent e)
    {
        var keyed = e.SubmissionKey is not null;
        var fields = new string?[(keyed ? 15 : 14) + (2 * e.Categories.Count)];
        var i = 0;
        fields[i++] = keyed ? FormatTagWithSubmissionKey : FormatTag;
        fields[i++] = e.ConsentId.ToString();
        fields[i++] = UtcTimeText.Ticks(e.OccurredAt);
        fields[i++] = TypeName(e.Type);
        fields[i++] = e.Categories.Count.ToString(CultureInfo.InvariantCulture);
        foreach (var category in e.Categories)
        {
            fields[i++] = category.Category;
            fields[i++] = category.Granted ? "1" : "0";
        }

        fields[i++] = e.PolicyRevision;
        fields[i++] = e.Language;
        fields[i++] = e.BannerTextHash;
        fields[i++] = e.Control;
        fields[i++] = e.Host;
        fields[i++] = e.Path;
        fields[i++] = e.GlobalPrivacyControl ? "1" : "0";
        fields[i++] = e.ClientAddress;
        fields[i++] = e.UserAgent;
        if (keyed)
        {
            fields[i] = e.SubmissionKey;
        }

        return fields;
    }
}
