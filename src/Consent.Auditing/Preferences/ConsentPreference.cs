using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>A signed-in user's latest decision, kept server side so it follows them to a new device.</summary>
/// <param name="ConsentId">The consent ID of the decision, as in the consent cookie and the audit log.</param>
/// <param name="GrantedCategories">The keys of the granted categories.</param>
/// <param name="PolicyRevision">The policy revision the decision was taken under.</param>
/// <param name="DecidedAt">When the decision was taken, in UTC.</param>
/// <param name="GlobalPrivacyControl">Whether a GPC signal was present when it was taken.</param>
/// <param name="Method">How it was taken.</param>
public sealed record ConsentPreference(
    ConsentId ConsentId,
    IReadOnlyList<string> GrantedCategories,
    string PolicyRevision,
    DateTimeOffset DecidedAt,
    bool GlobalPrivacyControl,
    ConsentMethod Method)
{
    /// <summary>Creates the preference that records a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The preference.</returns>
    public static ConsentPreference From(ConsentDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new ConsentPreference(
            decision.ConsentId,
            [.. decision.GrantedCategories.Order(StringComparer.Ordinal)],
            decision.PolicyRevision,
            decision.DecidedAt,
            decision.GlobalPrivacyControl,
            decision.Method);
    }

    /// <summary>Gets the decision this preference records.</summary>
    /// <returns>The decision.</returns>
    public ConsentDecision ToDecision() =>
        new(ConsentId, GrantedCategories, PolicyRevision, DecidedAt, GlobalPrivacyControl, Method);
}
