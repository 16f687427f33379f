using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Consent.Abstractions;

/// <summary>
/// A random 128-bit identifier of one visitor's consent, carried in the consent cookie and in every audit event,
/// so that a visitor can quote it. Written as 32 lowercase hexadecimal digits.
/// </summary>
public readonly record struct ConsentId
{
    /// <summary>The number of bytes in an identifier.</summary>
    public const int ByteCount = 16;

    private readonly UInt128 _value;

    private ConsentId(UInt128 value) => _value = value;

    /// <summary>Creates a new identifier from a cryptographically secure random source.</summary>
    public static ConsentId New()
    {
        Span<byte> bytes = stackalloc byte[ByteCount];
        RandomNumberGenerator.Fill(bytes);
        return FromBytes(bytes);
    }

    /// <summary>Reads an identifier from its 16 big-endian bytes.</summary>
    /// <param name="bytes">Exactly 16 bytes.</param>
    public static ConsentId FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteCount)
        {
            throw new ArgumentException($"A consent ID is {ByteCount} bytes.", nameof(bytes));
        }

        return new ConsentId(BinaryPrimitives.ReadUInt128BigEndian(bytes));
    }

    /// <summary>Parses the 32-digit hexadecimal form.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The identifier, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is exactly 32 hexadecimal digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ConsentId id)
    {
        id = default;
        if (text.Length != ByteCount * 2 || !UInt128.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        id = new ConsentId(value);
        return true;
    }

    /// <summary>Writes the 16 big-endian bytes of the identifier.</summary>
    /// <param name="destination">At least 16 bytes.</param>
    public void WriteBytes(Span<byte> destination) => BinaryPrimitives.WriteUInt128BigEndian(destination, _value);

    /// <summary>Returns the 32 lowercase hexadecimal digits.</summary>
    public override string ToString() => _value.ToString("x32", CultureInfo.InvariantCulture);
}
