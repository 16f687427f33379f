using Consent.Abstractions;

namespace Consent.Abstractions.Tests.Decisions;

public sealed class ConsentDecisionTests
{
    [Fact]
    [Trait("Rule", "C11")]
    public void Create_WithoutNecessary_GrantsNecessaryAnyway()
    {
        var decision = Decision([]);

        Assert.True(decision.Grants(CategoryKeys.Necessary));
        Assert.Equal([CategoryKeys.Necessary], decision.GrantedCategories);
    }

    [Fact]
    public void Grants_ComparesKeysOrdinally()
    {
        var decision = Decision([CategoryKeys.Analytics]);

        Assert.True(decision.Grants("analytics"));
        Assert.False(decision.Grants("Analytics"));
        Assert.False(decision.Grants(CategoryKeys.Marketing));
    }

    [Fact]
    public void Create_WithAnOffset_KeepsTheTimeInUtc()
    {
        var decision = new ConsentDecision(ConsentId.New(), [], "1a2b3c4d", new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.FromHours(3)), false, ConsentMethod.RejectAll);

        Assert.Equal(TimeSpan.Zero, decision.DecidedAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero), decision.DecidedAt);
    }

    [Fact]
    public void Create_WithoutARevision_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ConsentDecision(ConsentId.New(), [], "", DateTimeOffset.UnixEpoch, false, ConsentMethod.AcceptAll));
    }

    private static ConsentDecision Decision(IEnumerable<string> granted) =>
        new(ConsentId.New(), granted, "1a2b3c4d", DateTimeOffset.UnixEpoch, globalPrivacyControl: false, ConsentMethod.Custom);
}
