using System.Security.Cryptography;

namespace Consent.Abstractions;

/// <summary>
/// The idempotency key a consent form carries (<see cref="ConsentFormNames.SubmissionKey"/>): 128 random bits written
/// as 32 lowercase hexadecimal digits, fresh for every rendered form. A retry of the same submission carries the same
/// key, so the endpoint answers it from the event it first recorded instead of recording the decision twice.
/// </summary>
public static class ConsentSubmissionKey
{
    /// <summary>The number of characters in a key.</summary>
    public const int Length = 32;

    /// <summary>Creates a new key from a cryptographically secure random source.</summary>
    /// <returns>32 lowercase hexadecimal digits.</returns>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length / 2];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Whether a value is a key as <see cref="New"/> writes it: exactly 32 lowercase hexadecimal digits.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> for a well-formed key.</returns>
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != Length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
