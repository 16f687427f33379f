using System.Net;
using System.Security.Cryptography;
using Consent.Auditing;

namespace Consent.AspNetCore;

/// <summary>Turns a client address into what an audit event may hold: nothing, a truncated prefix, or a keyed hash (COMPLIANCE R2, R3).</summary>
internal sealed class ClientAddressRecorder
{
    private readonly ClientAddressRecording _mode;
    private readonly byte[]? _key;

    public ClientAddressRecorder(ConsentAuditOptions options)
    {
        _mode = options.ClientAddress;
        if (_mode == ClientAddressRecording.KeyedHash)
        {
            _key = Convert.FromBase64String(options.ClientAddressKey!);
        }
    }

    public string? Record(IPAddress? address)
    {
        if (address is null || _mode == ClientAddressRecording.None)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return _mode == ClientAddressRecording.Truncated ? Truncate(address).ToString() : Hash(address);
    }

    internal static IPAddress Truncate(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        var keep = bytes.Length == 4 ? 3 : 6; // IPv4 /24, IPv6 /48
        Array.Clear(bytes, keep, bytes.Length - keep);
        return new IPAddress(bytes);
    }

    private string Hash(IPAddress address) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key!, address.GetAddressBytes()));
}
