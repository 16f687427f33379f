using Consent.Abstractions;

namespace Consent.Abstractions.Tests.State;

public sealed class ConsentSnapshotTests
{
    [Fact]
    [Trait("Rule", "C5")]
    public void IsGranted_NoDecision_GrantsOnlyNecessary()
    {
        var snapshot = new ConsentSnapshot(HasDecision: false, Granted: [], GlobalPrivacyControl: false, ConsentId: null);

        Assert.True(snapshot.IsGranted(CategoryKeys.Necessary));
        Assert.False(snapshot.IsGranted(CategoryKeys.Functional));
        Assert.False(snapshot.IsGranted(CategoryKeys.Analytics));
        Assert.False(snapshot.IsGranted(CategoryKeys.Marketing));
    }

    [Fact]
    public void IsGranted_ReadsTheGrantedKeysOrdinally()
    {
        var snapshot = new ConsentSnapshot(true, [CategoryKeys.Necessary, CategoryKeys.Analytics], false, "0102030405060708090a0b0c0d0e0f10");

        Assert.True(snapshot.IsGranted("analytics"));
        Assert.False(snapshot.IsGranted("ANALYTICS"));
        Assert.False(snapshot.IsGranted(CategoryKeys.Marketing));
    }
}
