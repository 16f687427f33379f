using Consent.Abstractions;
using Microsoft.AspNetCore.DataProtection;

namespace Consent.AspNetCore;

/// <summary>
/// Encodes a decision into the consent cookie value and reads it back: the payload's layout is
/// <see cref="ConsentCookieFormat"/>, its protection <see cref="ConsentCookieProtector"/>, its judgement against the
/// policy and the clock <see cref="ConsentCookieValidator"/>, and values already authenticated are remembered in a
/// <see cref="ConsentCookieCache"/>.
/// </summary>
internal sealed class ConsentCookieCodec
{
    private readonly ConsentCookieProtector _protector;
    private readonly ConsentPolicy _policy;
    private readonly ConsentCookieCache _cache = new();
    private readonly TimeProvider _time;

    public ConsentCookieCodec(IDataProtectionProvider dataProtection, ConsentPolicy policy, TimeProvider time)
    {
        _protector = new ConsentCookieProtector(dataProtection);
        _policy = policy;
        _time = time;
        Validator = new ConsentCookieValidator(policy, time);
    }

    /// <summary>Gets the judge of revision and age, which decisions stored elsewhere are held to as well.</summary>
    public ConsentCookieValidator Validator { get; }

    public string Encode(ConsentDecision decision) => _protector.Protect(ConsentCookieFormat.Write(new ConsentCookiePayload(
        decision.ConsentId,
        _policy.RevisionValue,
        decision.DecidedAt,
        _policy.MaskOf(decision.GrantedCategories),
        decision.GlobalPrivacyControl,
        decision.Method)));

    /// <summary>Reads a cookie value. The decision is set as <see cref="ConsentCookieValidator.Validate"/> says;
    /// it grants something only for <see cref="ConsentCookieStatus.Valid"/>.</summary>
    public ConsentCookieStatus Decode(ReadOnlySpan<char> value, out ConsentDecision? decision)
    {
        decision = null;
        if (value.IsEmpty)
        {
            return ConsentCookieStatus.Missing;
        }

        if (value.Length > ConsentCookieProtector.MaximumEncodedLength || !value.StartsWith(ConsentCookieProtector.EncodedMagicPrefix, StringComparison.Ordinal))
        {
            return ConsentCookieStatus.Invalid;
        }

        // A value this process has recently authenticated is not unprotected again: only its age can have changed.
        var now = _time.GetUtcNow();
        if (_cache.TryGet(value, out var cachedStatus, out var cached, out var authenticatedAt) && now - authenticatedAt < ConsentCookieCache.AuthenticationLifetime)
        {
            decision = cached;
            return cachedStatus == ConsentCookieStatus.Valid ? Validator.StatusByTime(cached.DecidedAt, now) : cachedStatus;
        }

        if (_protector.Unprotect(value) is not { } bytes || !ConsentCookieFormat.TryRead(bytes, out var payload))
        {
            return ConsentCookieStatus.Invalid;
        }

        var status = Validator.Validate(payload, out decision);
        if (decision is not null)
        {
            _cache.Add(value, status == ConsentCookieStatus.OtherRevision ? status : ConsentCookieStatus.Valid, decision, now);
        }

        return status;
    }
}
