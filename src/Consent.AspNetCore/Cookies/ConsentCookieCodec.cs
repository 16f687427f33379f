using System.Buffers.Binary;
using System.Buffers.Text;
using Consent.Abstractions;
using Microsoft.AspNetCore.DataProtection;

namespace Consent.AspNetCore;

/// <summary>
/// Encodes a decision into the consent cookie value and reads it back. The 34-byte payload is protected with
/// ASP.NET Core Data Protection, so a value this site did not issue reads as no decision.
/// </summary>
/// <remarks>
/// Payload, version 1: [0] format version; [1..16] consent ID; [17..20] policy revision; [21..28] decision time
/// in Unix seconds; [29..32] granted-category bit mask (bit i = i-th category); [33] flags (bit 0: GPC present,
/// bits 1-2: <see cref="ConsentMethod"/>). All integers big-endian.
/// </remarks>
internal sealed class ConsentCookieCodec
{
    internal const string ProtectorPurpose = "Consent.AspNetCore.ConsentCookie.v1";
    internal const int MaximumEncodedLength = 512;
    private const byte FormatVersion = 1;
    private const int PayloadLength = 34;
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // Data Protection's payload starts with this magic number; anything else is rejected without the cost of an exception.
    private const uint DataProtectionMagicHeader = 0x09F0C9F0;

    private readonly IDataProtector _protector;
    private readonly ConsentPolicy _policy;
    private readonly TimeProvider _time;
    private readonly ConsentCookieCache _cache = new();

    public ConsentCookieCodec(IDataProtectionProvider dataProtection, ConsentPolicy policy, TimeProvider time)
    {
        _protector = dataProtection.CreateProtector(ProtectorPurpose);
        _policy = policy;
        _time = time;
    }

    public string Encode(ConsentDecision decision)
    {
        var payload = new byte[PayloadLength];
        payload[0] = FormatVersion;
        decision.ConsentId.WriteBytes(payload.AsSpan(1, ConsentId.ByteCount));
        BinaryPrimitives.WriteUInt32BigEndian(payload.AsSpan(17), _policy.RevisionValue);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(21), decision.DecidedAt.ToUnixTimeSeconds());
        BinaryPrimitives.WriteUInt32BigEndian(payload.AsSpan(29), _policy.MaskOf(decision.GrantedCategories));
        payload[33] = (byte)((decision.GlobalPrivacyControl ? 1 : 0) | ((int)decision.Method << 1));
        return Base64Url.EncodeToString(_protector.Protect(payload));
    }

    /// <summary>Reads a cookie value. The decision is set for <see cref="ConsentCookieStatus.Valid"/>, and also for
    /// <see cref="ConsentCookieStatus.Expired"/> and <see cref="ConsentCookieStatus.OtherRevision"/>, where it only
    /// tells which consent ID the visitor had; it grants nothing.</summary>
    public ConsentCookieStatus Decode(ReadOnlySpan<char> value, out ConsentDecision? decision)
    {
        decision = null;
        if (value.IsEmpty)
        {
            return ConsentCookieStatus.Missing;
        }

        if (value.Length > MaximumEncodedLength)
        {
            return ConsentCookieStatus.Invalid;
        }

        // A value this process has already authenticated is not unprotected again: only its age can have changed.
        if (_cache.TryGet(value, out var cachedStatus, out var cached))
        {
            decision = cached;
            return cachedStatus == ConsentCookieStatus.Valid ? StatusByTime(cached.DecidedAt) : cachedStatus;
        }

        var status = Unprotect(value, out decision);
        if (decision is not null)
        {
            _cache.Add(value, status == ConsentCookieStatus.OtherRevision ? status : ConsentCookieStatus.Valid, decision);
        }

        return status;
    }

    private ConsentCookieStatus Unprotect(ReadOnlySpan<char> value, out ConsentDecision? decision)
    {
        decision = null;
        try
        {
            var protectedBytes = new byte[Base64Url.GetMaxDecodedLength(value.Length)];
            if (Base64Url.DecodeFromChars(value, protectedBytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done
                || consumed != value.Length
                || written < 4
                || BinaryPrimitives.ReadUInt32BigEndian(protectedBytes) != DataProtectionMagicHeader)
            {
                return ConsentCookieStatus.Invalid;
            }

            return Read(_protector.Unprotect(protectedBytes[..written]), out decision);
        }
#pragma warning disable CA1031 // Any failure to read a client-supplied value means "no decision", never an error page.
        catch (Exception)
#pragma warning restore CA1031
        {
            return ConsentCookieStatus.Invalid;
        }
    }

    /// <summary>
    /// Judges a decision by its time alone: <see cref="ConsentCookieStatus.Invalid"/> when it claims to come from the
    /// future, <see cref="ConsentCookieStatus.Expired"/> when it is older than the consent lifetime, else valid.
    /// </summary>
    internal ConsentCookieStatus StatusByTime(DateTimeOffset decidedAt)
    {
        var now = _time.GetUtcNow();
        return decidedAt > now + ClockSkew ? ConsentCookieStatus.Invalid
            : now - decidedAt > _policy.Options.ConsentLifetime ? ConsentCookieStatus.Expired
            : ConsentCookieStatus.Valid;
    }

    private ConsentCookieStatus Read(byte[] payload, out ConsentDecision? decision)
    {
        decision = null;
        if (payload.Length != PayloadLength || payload[0] != FormatVersion)
        {
            return ConsentCookieStatus.Invalid;
        }

        var mask = BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(29));
        var flags = payload[33];
        var method = (ConsentMethod)(flags >> 1);
        if ((flags & ~0b111) != 0 || !Enum.IsDefined(method))
        {
            return ConsentCookieStatus.Invalid;
        }

        var seconds = BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(21));
        if (seconds < 0 || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return ConsentCookieStatus.Invalid;
        }

        var decidedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var timeStatus = StatusByTime(decidedAt);
        if (timeStatus == ConsentCookieStatus.Invalid)
        {
            return ConsentCookieStatus.Invalid;
        }

        var consentId = ConsentId.FromBytes(payload.AsSpan(1, ConsentId.ByteCount));
        var revision = BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(17));
        var gpc = (flags & 1) != 0;
        if (revision != _policy.RevisionValue)
        {
            // Authentic but about other purposes: keep the ID so the new decision links to the old one,
            // but nothing it granted means anything now.
            decision = new ConsentDecision(consentId, [], revision.ToString("x8", System.Globalization.CultureInfo.InvariantCulture), decidedAt, gpc, method);
            return ConsentCookieStatus.OtherRevision;
        }

        if ((mask & ~(_policy.OptionalCategoryMask | 1u)) != 0)
        {
            return ConsentCookieStatus.Invalid;
        }

        decision = new ConsentDecision(consentId, _policy.KeysOf(mask), _policy.Revision, decidedAt, gpc, method);
        return timeStatus;
    }
}
