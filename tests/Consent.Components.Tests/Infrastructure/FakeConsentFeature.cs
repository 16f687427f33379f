using Consent.Abstractions;
using Consent.AspNetCore;

namespace Consent.Components.Tests;

/// <summary>A consent feature with a decision chosen by the test, following the library's GPC rule: sale or sharing stays off unless chosen under the signal.</summary>
internal sealed class FakeConsentFeature(ConsentPolicy policy, ConsentDecision? decision, bool globalPrivacyControl) : IConsentFeature
{
    public ConsentPolicy Policy { get; } = policy;

    public ConsentDecision? Decision { get; } = decision;

    public bool HasDecision => Decision is not null;

    public bool GlobalPrivacyControl { get; } = globalPrivacyControl;

    public bool IsGranted(string category) =>
        category == ConsentCategory.Necessary
        || (Decision is { } d && d.Grants(category)
            && (!GlobalPrivacyControl || Policy.FindCategory(category) is not { IsSaleOrSharing: true }
                || (d.GlobalPrivacyControl && d.Method == ConsentMethod.Custom)));
}
