using System.Security.Cryptography;

namespace Consent.Auditing;

/// <summary>
/// The hash chain over consent events (COMPLIANCE L1): h_0 is 32 zero bytes and
/// h_i = SHA-256(h_(i-1) || canonical bytes of event i), where event 1 is the first event of the log.
/// </summary>
public static class AuditChain
{
    /// <summary>The length of a chain hash in bytes.</summary>
    public const int HashLength = 32;

    private static readonly byte[] Genesis = new byte[HashLength];

    // Per thread, and never disposed: each lives as long as its thread (a digest context and a small buffer).
    [ThreadStatic]
    private static SHA256? t_sha256;

    [ThreadStatic]
    private static byte[]? t_buffer;

    private const int MaximumKeptBuffer = 64 * 1024;

    /// <summary>Gets h_0, the hash before the first event: 32 zero bytes.</summary>
    public static ReadOnlySpan<byte> GenesisHash => Genesis;

    /// <summary>Computes h_i from h_(i-1) and the canonical bytes of event i.</summary>
    /// <param name="previous">h_(i-1), 32 bytes.</param>
    /// <param name="eventBytes">The canonical bytes of event i (<see cref="ConsentEventEncoding.Encode(ConsentEvent)"/>).</param>
    /// <returns>h_i.</returns>
    public static byte[] Next(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> eventBytes)
    {
        var hash = new byte[HashLength];
        Next(previous, eventBytes, hash);
        return hash;
    }

    /// <summary>Computes h_i from h_(i-1) and the canonical bytes of event i into <paramref name="destination"/>.</summary>
    /// <param name="previous">h_(i-1), 32 bytes.</param>
    /// <param name="eventBytes">The canonical bytes of event i.</param>
    /// <param name="destination">32 bytes that receive h_i; may be <paramref name="previous"/> itself.</param>
    public static void Next(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> eventBytes, Span<byte> destination)
    {
        if (previous.Length != HashLength)
        {
            throw new ArgumentException("A chain hash is 32 bytes.", nameof(previous));
        }

        if (destination.Length < HashLength)
        {
            throw new ArgumentException("A chain hash is 32 bytes.", nameof(destination));
        }

        // Where OpenSSL's low-level digest is there (Linux), it hashes the two parts without the EVP layer's set-up
        // and finish for every event, which cost more than the hashing itself (OpenSslSha256).
        if (OpenSslSha256.IsAvailable)
        {
            OpenSslSha256.Hash(previous, eventBytes, destination);
            return;
        }

        // Elsewhere, one hash object per thread, reused: SHA256.HashData sets up the platform's digest on every call, which cost
        // about an eighth of verifying a million events (docs/benchmarks.md); the concatenation buffer is reused too.
        // A body larger than any event the library writes (a tampered row can hold anything) is not kept.
        var length = HashLength + eventBytes.Length;
        var buffer = t_buffer is { } kept && kept.Length >= length ? kept : new byte[Math.Max(length, 1024)];
        if (buffer.Length <= MaximumKeptBuffer)
        {
            t_buffer = buffer;
        }

        previous.CopyTo(buffer);
        eventBytes.CopyTo(buffer.AsSpan(HashLength));
        (t_sha256 ??= SHA256.Create()).TryComputeHash(buffer.AsSpan(0, length), destination, out _);
    }
}
