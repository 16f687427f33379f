using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Consent.AspNetCore;

/// <summary>
/// Protects a consent cookie payload with ASP.NET Core Data Protection and writes it Base64url, and reads it back,
/// so that a value this site did not issue reads as nothing.
/// </summary>
internal sealed class ConsentCookieProtector
{
    internal const string Purpose = "Consent.AspNetCore.ConsentCookie.v1";

    /// <summary>Longer values are refused unread: an issued cookie is about 150 characters.</summary>
    internal const int MaximumEncodedLength = 512;

    // Data Protection's payload starts with this magic number; anything else is rejected without the cost of an exception.
    private const uint DataProtectionMagicHeader = 0x09F0C9F0;

    /// <summary>
    /// The Base64url text every protected value starts with: the magic number's first 27 bits. A value without it is
    /// refused before any decoding, lookup or allocation (a forged or garbage consent cookie costs a compare).
    /// </summary>
    internal const string EncodedMagicPrefix = "CfDJ8";

    private readonly IDataProtector _protector;

    public ConsentCookieProtector(IDataProtectionProvider dataProtection) =>
        _protector = dataProtection.CreateProtector(Purpose);

    public string Protect(byte[] payload) => Base64Url.EncodeToString(_protector.Protect(payload));

    /// <summary>Returns the payload of a value this site protected, or <see langword="null"/> for anything else.</summary>
    public byte[]? Unprotect(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > MaximumEncodedLength)
        {
            return null;
        }

        try
        {
            var protectedBytes = new byte[Base64Url.GetMaxDecodedLength(value.Length)];
            if (Base64Url.DecodeFromChars(value, protectedBytes, out var consumed, out var written) != OperationStatus.Done
                || consumed != value.Length
                || written < 4
                || BinaryPrimitives.ReadUInt32BigEndian(protectedBytes) != DataProtectionMagicHeader)
            {
                return null;
            }

            return _protector.Unprotect(protectedBytes[..written]);
        }
#pragma warning disable CA1031 // Any failure to read a client-supplied value means "no decision", never an error page.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
