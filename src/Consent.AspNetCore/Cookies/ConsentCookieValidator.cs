using System.Globalization;
using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// Judges an authentic decision against the policy and the clock: whether it is of the current policy revision and
/// still within the consent lifetime (COMPLIANCE C10).
/// </summary>
internal sealed class ConsentCookieValidator
{
    // Servers and the clocks that stamped older cookies disagree a little; a decision from further ahead is forged.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly ConsentPolicy _policy;
    private readonly TimeProvider _time;

    public ConsentCookieValidator(ConsentPolicy policy, TimeProvider time)
    {
        _policy = policy;
        _time = time;
    }

    /// <summary>
    /// Turns a payload into a decision. The decision is set for <see cref="ConsentCookieStatus.Valid"/> and
    /// <see cref="ConsentCookieStatus.Expired"/>, and for <see cref="ConsentCookieStatus.OtherRevision"/> with no
    /// category granted: there it only tells which consent ID the visitor had.
    /// </summary>
    public ConsentCookieStatus Validate(in ConsentCookiePayload payload, out ConsentDecision? decision)
    {
        decision = null;
        var timeStatus = StatusByTime(payload.DecidedAt);
        if (timeStatus == ConsentCookieStatus.Invalid)
        {
            return ConsentCookieStatus.Invalid;
        }

        if (payload.Revision != _policy.RevisionValue)
        {
            // Authentic but about other purposes: keep the ID so the new decision links to the old one,
            // but nothing it granted means anything now.
            decision = new ConsentDecision(payload.ConsentId, [], payload.Revision.ToString("x8", CultureInfo.InvariantCulture), payload.DecidedAt, payload.GlobalPrivacyControl, payload.Method);
            return ConsentCookieStatus.OtherRevision;
        }

        if ((payload.CategoryMask & ~(_policy.OptionalCategoryMask | 1u)) != 0)
        {
            return ConsentCookieStatus.Invalid;
        }

        decision = new ConsentDecision(payload.ConsentId, _policy.KeysOf(payload.CategoryMask), _policy.Revision, payload.DecidedAt, payload.GlobalPrivacyControl, payload.Method);
        return timeStatus;
    }

    /// <summary>Whether a decision stored elsewhere (a signed-in user's preference) still holds: same revision, not expired.</summary>
    public bool IsCurrent(string policyRevision, DateTimeOffset decidedAt) =>
        string.Equals(policyRevision, _policy.Revision, StringComparison.Ordinal) && StatusByTime(decidedAt) == ConsentCookieStatus.Valid;

    /// <summary>
    /// Judges a decision by its time alone: <see cref="ConsentCookieStatus.Invalid"/> when it claims to come from the
    /// future, <see cref="ConsentCookieStatus.Expired"/> when it is older than the consent lifetime, else valid.
    /// </summary>
    public ConsentCookieStatus StatusByTime(DateTimeOffset decidedAt) => StatusByTime(decidedAt, _time.GetUtcNow());

    /// <summary>Judges a decision by its time alone, at <paramref name="now"/>.</summary>
    public ConsentCookieStatus StatusByTime(DateTimeOffset decidedAt, DateTimeOffset now) =>
        decidedAt > now + ClockSkew ? ConsentCookieStatus.Invalid
            : now - decidedAt > _policy.Options.ConsentLifetime ? ConsentCookieStatus.Expired
            : ConsentCookieStatus.Valid;
}
