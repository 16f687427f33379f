using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
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

    private const uint Absent = 0xFFFFFFFF;
    private const int TimeLength = 28; // Characters of a time in UtcTimeText.TicksFormat.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
    /// <exception cref="FormatException">The bytes are not a well-formed event of this format.</exception>
    public static ConsentEvent Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new FieldReader(bytes);
        var occurredAt = ReadIdentity(ref reader, out var consentIdBytes);
        Span<char> consentIdText = stackalloc char[ConsentId.ByteCount * 2];
        var consentId = Ascii.ToUtf16(consentIdBytes, consentIdText, out var written) == OperationStatus.Done && ConsentId.TryParse(consentIdText[..written], out var id)
            ? id
            : throw new FormatException("Bad consent ID.");
        var type = ParseType(reader.Required());
        var count = int.Parse(reader.Required(), NumberStyles.None, CultureInfo.InvariantCulture);
        var categories = new ConsentCategoryState[count];
        for (var i = 0; i < count; i++)
        {
            categories[i] = new ConsentCategoryState(reader.Required(), ParseFlag(reader.Required()));
        }

        var consentEvent = new ConsentEvent
        {
            ConsentId = consentId,
            OccurredAt = occurredAt,
            Type = type,
            Categories = categories,
            PolicyRevision = reader.Required(),
            Language = reader.Required(),
            BannerTextHash = reader.Next(),
            Control = reader.Required(),
            Host = reader.Required(),
            Path = reader.Required(),
            GlobalPrivacyControl = ParseFlag(reader.Required()),
            ClientAddress = reader.Next(),
            UserAgent = reader.Next(),
        };
        reader.EnsureEnd();
        return consentEvent;
    }

    /// <summary>
    /// Reads only the consent ID and time from canonical bytes: the two values a store copies into its unhashed
    /// look-up columns. Unlike <see cref="Decode(ReadOnlySpan{byte})"/> it allocates nothing, for a pass over every event.
    /// </summary>
    /// <param name="bytes">The canonical bytes of an event.</param>
    /// <param name="consentId">The consent ID field's UTF-8 bytes, as recorded (not validated).</param>
    /// <returns>The event's time.</returns>
    /// <exception cref="FormatException">The bytes do not start like an event of this format.</exception>
    internal static DateTimeOffset DecodeIdentity(ReadOnlySpan<byte> bytes, out ReadOnlySpan<byte> consentId)
    {
        var reader = new FieldReader(bytes);
        return ReadIdentity(ref reader, out consentId);
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
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown event type."),
    };

    private static string?[] Fields(ConsentEvent e)
    {
        var fields = new string?[14 + (2 * e.Categories.Count)];
        var i = 0;
        fields[i++] = FormatTag;
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
        return fields;
    }

    private static DateTimeOffset ReadIdentity(scoped ref FieldReader reader, out ReadOnlySpan<byte> consentId)
    {
        if (!reader.NextBytes(out var tag) || !Ascii.Equals(tag, FormatTag))
        {
            throw new FormatException($"Not a '{FormatTag}' event.");
        }

        consentId = reader.RequiredBytes();

        // The round-trip format 'O' is the time format here when it ends in 'Z'; parsing bytes avoids a string per event.
        var time = reader.RequiredBytes();
        if (time.Length != TimeLength || time[^1] != (byte)'Z'
            || !Utf8Parser.TryParse(time, out DateTimeOffset occurredAt, out var consumed, 'O') || consumed != TimeLength)
        {
            throw new FormatException($"The time is not {UtcTimeText.TicksFormat}.");
        }

        return occurredAt;
    }

    private static ConsentEventType ParseType(string name)
    {
        foreach (var type in Enum.GetValues<ConsentEventType>())
        {
            if (TypeName(type) == name)
            {
                return type;
            }
        }

        throw new FormatException($"Unknown event type '{name}'.");
    }

    private static bool ParseFlag(string value) => value switch
    {
        "1" => true,
        "0" => false,
        _ => throw new FormatException("A flag is '0' or '1'."),
    };

    private ref struct FieldReader
    {
        private ReadOnlySpan<byte> _rest;

        public FieldReader(ReadOnlySpan<byte> bytes) => _rest = bytes;

        public string? Next() => NextBytes(out var value) ? Utf8.GetString(value) : null;

        public string Required() => Next() ?? throw new FormatException("A required field is absent.");

        public ReadOnlySpan<byte> RequiredBytes() => NextBytes(out var value) ? value : throw new FormatException("A required field is absent.");

        /// <returns><see langword="false"/> for an absent value.</returns>
        public bool NextBytes(out ReadOnlySpan<byte> value)
        {
            if (_rest.Length < 4)
            {
                throw new FormatException("The event ends inside a field length.");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(_rest);
            _rest = _rest[4..];
            if (length == Absent)
            {
                value = default;
                return false;
            }

            if (length > (uint)_rest.Length)
            {
                throw new FormatException("A field is longer than the event.");
            }

            value = _rest[..(int)length];
            _rest = _rest[(int)length..];
            return true;
        }

        public readonly void EnsureEnd()
        {
            if (!_rest.IsEmpty)
            {
                throw new FormatException("Bytes follow the last field.");
            }
        }
    }
}
