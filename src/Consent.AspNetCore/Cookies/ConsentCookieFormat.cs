using System.Buffers.Binary;
using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// The byte layout of the consent cookie's payload, version 1, and nothing else: no protection, no clock, no policy.
/// </summary>
/// <remarks>
/// [0] format version; [1..16] consent ID; [17..20] policy revision; [21..28] decision time in Unix seconds;
/// [29..32] granted-category bit mask (bit i = i-th category); [33] flags (bit 0: GPC present, bits 1-2:
/// <see cref="ConsentMethod"/>). All integers big-endian.
/// </remarks>
internal static class ConsentCookieFormat
{
    /// <summary>The length of a version 1 payload.</summary>
    public const int PayloadLength = 34;

    /// <summary>The most categories a policy can have: the category mask is 32 bits wide, one bit a category.</summary>
    public const int MaximumCategories = 32;

    private const byte Version = 1;
    private const int IdOffset = 1;
    private const int RevisionOffset = 17;
    private const int TimeOffset = 21;
    private const int MaskOffset = 29;
    private const int FlagsOffset = 33;
    private const int KnownFlags = 0b111;

    public static byte[] Write(in ConsentCookiePayload payload)
    {
        var bytes = new byte[PayloadLength];
        bytes[0] = Version;
        payload.ConsentId.WriteBytes(bytes.AsSpan(IdOffset, ConsentId.ByteCount));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(RevisionOffset), payload.Revision);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(TimeOffset), payload.DecidedAt.ToUnixTimeSeconds());
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(MaskOffset), payload.CategoryMask);
        bytes[FlagsOffset] = (byte)((payload.GlobalPrivacyControl ? 1 : 0) | ((int)payload.Method << 1));
        return bytes;
    }

    /// <summary>Reads a payload; <see langword="false"/> for anything this version did not write.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, out ConsentCookiePayload payload)
    {
        payload = default;
        if (bytes.Length != PayloadLength || bytes[0] != Version)
        {
            return false;
        }

        var flags = bytes[FlagsOffset];
        var method = (ConsentMethod)(flags >> 1);
        if ((flags & ~KnownFlags) != 0 || !Enum.IsDefined(method))
        {
            return false;
        }

        var seconds = BinaryPrimitives.ReadInt64BigEndian(bytes[TimeOffset..]);
        if (seconds < 0 || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        payload = new ConsentCookiePayload(
            ConsentId.FromBytes(bytes.Slice(IdOffset, ConsentId.ByteCount)),
            BinaryPrimitives.ReadUInt32BigEndian(bytes[RevisionOffset..]),
            DateTimeOffset.FromUnixTimeSeconds(seconds),
            BinaryPrimitives.ReadUInt32BigEndian(bytes[MaskOffset..]),
            (flags & 1) != 0,
            method);
        return true;
    }
}
