using System.Security.Cryptography;
using System.Text;

// Computed by the audit log on the server and by components rendered in WebAssembly, so it lives in the
// browser-safe assembly, in the namespace of the audit log that defines it.
namespace Consent.Abstractions;

/// <summary>The hash that identifies a banner text in audit events and in the text archive.</summary>
public static class ConsentTextHash
{
    /// <summary>Computes the SHA-256 of the text's UTF-8 bytes as 64 lowercase hexadecimal digits.</summary>
    /// <param name="text">The exact text shown.</param>
    /// <returns>The hash.</returns>
    public static string Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
