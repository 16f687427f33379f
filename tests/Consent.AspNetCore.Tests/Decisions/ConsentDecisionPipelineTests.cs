using Consent.Abstractions;
using Consent.AspNetCore.Tests.Infrastructure;

namespace Consent.AspNetCore.Tests.Decisions;

/// <summary>The GPC rule every read of a decision follows, on its own; the pipeline's callers are tested through the host.</summary>
public sealed class ConsentDecisionPipelineTests
{
    private static readonly ConsentPolicy Policy = Policies.Create();

    private static ConsentDecision Decision(ConsentMethod method, bool decidedUnderGpc) =>
        new(ConsentId.New(), [ConsentCategory.Analytics, ConsentCategory.Marketing], Policy.Revision, DateTimeOffset.UnixEpoch, decidedUnderGpc, method);

    [Theory]
    [Trait("Rule", "G1")]
    [Trait("Rule", "G3")]
    [InlineData(ConsentMethod.Custom, false, false, true)]
    [InlineData(ConsentMethod.Custom, false, true, false)]
    [InlineData(ConsentMethod.Custom, true, true, true)]
    [InlineData(ConsentMethod.AcceptAll, false, true, false)]
    [InlineData(ConsentMethod.AcceptAll, true, true, false)]
    [InlineData(ConsentMethod.AcceptAll, true, false, true)]
    public void IsGranted_OfASaleOrSharingCategory_UnderTheSignalNeedsAnExplicitChoiceMadeUnderIt(
        ConsentMethod method, bool decidedUnderGpc, bool requestGpc, bool granted) =>
        Assert.Equal(granted, ConsentDecisionPipeline.IsGranted(Policy, Decision(method, decidedUnderGpc), requestGpc, ConsentCategory.Marketing));

    [Theory]
    [Trait("Rule", "G1")]
    [InlineData(ConsentMethod.AcceptAll)]
    [InlineData(ConsentMethod.Custom)]
    public void IsGranted_OfACategoryThatIsNotSaleOrSharing_IgnoresTheSignal(ConsentMethod method) =>
        Assert.True(ConsentDecisionPipeline.IsGranted(Policy, Decision(method, false), true, ConsentCategory.Analytics));

    [Fact]
    [Trait("Rule", "C5")]
    public void IsGranted_WithoutADecision_IsNecessaryOnly()
    {
        Assert.True(ConsentDecisionPipeline.IsGranted(Policy, null, false, ConsentCategory.Necessary));
        Assert.All(Policy.Categories.Where(c => !c.IsNecessary), c => Assert.False(ConsentDecisionPipeline.IsGranted(Policy, null, false, c.Key)));
    }

    [Fact]
    public void IsGranted_OfACategoryTheDecisionDoesNotGrant_IsFalse() =>
        Assert.False(ConsentDecisionPipeline.IsGranted(Policy, Decision(ConsentMethod.Custom, false), false, ConsentCategory.Functional));
}
