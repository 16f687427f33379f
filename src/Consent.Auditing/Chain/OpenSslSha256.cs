using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Consent.Auditing;

/// <summary>
/// SHA-256 through the low-level digest functions of the OpenSSL library that .NET itself uses on Linux.
/// <see cref="SHA256"/> goes through OpenSSL's EVP layer, whose set-up and finish cost about 260 ns a hash on the
/// benchmark machine: more than hashing a 350-byte event with the CPU's SHA instructions (about 190 ns). A verification
/// pass hashes a million events one at a time, so that overhead was about a quarter of a second (docs/benchmarks.md).
/// The digest is the same SHA-256. Where the functions are missing (Windows, macOS, an OpenSSL built without them),
/// where OpenSSL runs in FIPS mode (its low-level functions are outside the validated module), or where they fail a
/// known-answer check at start, <see cref="IsAvailable"/> is <see langword="false"/> and callers use <see cref="SHA256"/>.
/// </summary>
internal static unsafe class OpenSslSha256
{
    // SHA256_CTX is 112 bytes in OpenSSL 1.1 and 3.x (eight state words, two length words, a 64-byte block, two ints).
    private const int ContextBytes = 128;

    private static readonly nint Library = LoadLibrary();
    private static readonly nint InitFunction = Export("SHA256_Init");
    private static readonly nint UpdateFunction = Export("SHA256_Update");
    private static readonly nint FinalFunction = Export("SHA256_Final");

    /// <summary>Gets whether <see cref="Hash"/> may be called: the functions were found and give SHA-256's known answers.</summary>
    public static bool IsAvailable { get; } = Check();

    /// <summary>Computes SHA-256 of <paramref name="first"/> followed by <paramref name="second"/>, without concatenating them.</summary>
    /// <param name="first">The first part of the message.</param>
    /// <param name="second">The rest of the message.</param>
    /// <param name="destination">32 bytes that receive the digest; may overlap either input, which is read first.</param>
    /// <exception cref="CryptographicException">OpenSSL reported a failure.</exception>
    public static void Hash(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
    {
        if (destination.Length < AuditChain.HashLength)
        {
            throw new ArgumentException("A SHA-256 digest is 32 bytes.", nameof(destination));
        }

        var context = stackalloc byte[ContextBytes];
        fixed (byte* a = first)
        fixed (byte* b = second)
        fixed (byte* digest = destination)
        {
            var ok = ((delegate* unmanaged<byte*, int>)InitFunction)(context) == 1
                && ((delegate* unmanaged<byte*, byte*, nuint, int>)UpdateFunction)(context, a, (nuint)first.Length) == 1
                && ((delegate* unmanaged<byte*, byte*, nuint, int>)UpdateFunction)(context, b, (nuint)second.Length) == 1
                && ((delegate* unmanaged<byte*, byte*, int>)FinalFunction)(digest, context) == 1;
            if (!ok)
            {
                throw new CryptographicException("OpenSSL's SHA-256 reported a failure.");
            }
        }
    }

    private static nint LoadLibrary()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        try
        {
            // The library .NET loaded for its own cryptography: its version names the file (3.x or 1.1.x; 1.0 and
            // later majors are left to the platform's SHA-256). By that name the loader returns the copy already loaded.
            var version = SafeEvpPKeyHandle.OpenSslVersion;
            var name = (version >> 28) == 3 ? "libcrypto.so.3" : (version >> 20) == 0x101 ? "libcrypto.so.1.1" : null;
            return name is not null && NativeLibrary.TryLoad(name, out var handle) ? handle : 0;
        }
        catch (Exception e) when (e is PlatformNotSupportedException or DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            // No OpenSSL for .NET here: the platform's SHA-256 decides what happens, as it would without this class.
            return 0;
        }
    }

    private static nint Export(string name) =>
        Library != 0 && NativeLibrary.TryGetExport(Library, name, out var address) ? address : 0;

    private static bool Check()
    {
        if (InitFunction == 0 || UpdateFunction == 0 || FinalFunction == 0 || InFipsMode())
        {
            return false;
        }

        try
        {
            // Known answers, split across the two parts and across a block boundary, against the platform's SHA-256.
            ReadOnlySpan<byte> message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq and more, past one 64-byte block"u8;
            Span<byte> digest = stackalloc byte[AuditChain.HashLength];
            foreach (var split in (ReadOnlySpan<int>)[0, 3, 56, message.Length])
            {
                Hash(message[..split], message[split..], digest);
                if (!digest.SequenceEqual(SHA256.HashData(message)))
                {
                    return false;
                }
            }

            Hash([], [], digest);
            return digest.SequenceEqual(SHA256.HashData(ReadOnlySpan<byte>.Empty));
        }
        catch (Exception e) when (e is CryptographicException or PlatformNotSupportedException or DllNotFoundException or EntryPointNotFoundException)
        {
            // A failing known-answer check must not keep the chain from hashing: the platform's SHA-256 takes over.
            return false;
        }
    }

    private static bool InFipsMode()
    {
        // OpenSSL 3 has EVP_default_properties_is_fips_enabled, OpenSSL 1.1 FIPS_mode; either answering non-zero means FIPS.
        var fips3 = Export("EVP_default_properties_is_fips_enabled");
        if (fips3 != 0)
        {
            return ((delegate* unmanaged<nint, int>)fips3)(0) != 0;
        }

        var fips1 = Export("FIPS_mode");
        return fips1 != 0 && ((delegate* unmanaged<int>)fips1)() != 0;
    }
}
