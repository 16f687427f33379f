using Consent.Abstractions;
using Consent.AspNetCore;

namespace Consent.Components.Tests;

/// <summary>A consent feature with a decision chosen by the test, granting through the library's own GPC rule.</summary>
internal sealed class FakeConsentFeature(ConsentPolicy policy, ConsentDecision? decision, bool globalPrivacyControl) : IConsentFeature
{
    public ConsentPolicy Policy { get; } = policy;

    public ConsentDecision? Decision { get; } = decision;

    public bool HasDecision => Decision is not null;

    public bool GlobalPrivacyControl { get; } = globalPrivacyControl;

    public bool IsGranted(string category) => ConsentDecisionPipeline.IsGranted(Policy, Decision, GlobalPrivacyControl, category);
}
