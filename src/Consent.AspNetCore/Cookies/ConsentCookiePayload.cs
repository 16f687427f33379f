using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>The fields of a consent cookie's payload, as written: nothing here is checked against the policy or the clock.</summary>
/// <param name="ConsentId">The visitor's consent ID.</param>
/// <param name="Revision">The policy revision the decision was made under.</param>
/// <param name="DecidedAt">When the decision was made, to the second.</param>
/// <param name="CategoryMask">The granted categories: bit i is the i-th category of that revision.</param>
/// <param name="GlobalPrivacyControl">Whether a GPC signal was present when the decision was made.</param>
/// <param name="Method">How the decision was made.</param>
internal readonly record struct ConsentCookiePayload(
    ConsentId ConsentId,
    uint Revision,
    DateTimeOffset DecidedAt,
    uint CategoryMask,
    bool GlobalPrivacyControl,
    ConsentMethod Method);
