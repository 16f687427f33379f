using Consent.Localization;
namespace Consent.Components.Tests.Localization;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, "Zero")]
    [InlineData(1, "One")]
    [InlineData(2, "Two")]
    [InlineData(3, "Few")]
    [InlineData(10, "Few")]
    [InlineData(11, "Many")]
    [InlineData(99, "Many")]
    [InlineData(100, "Other")]
    [InlineData(101, "Other")]
    [InlineData(102, "Other")]
    [InlineData(103, "Few")]
    [InlineData(110, "Few")]
    [InlineData(111, "Many")]
    [InlineData(199, "Many")]
    [InlineData(200, "Other")]
    [InlineData(1003, "Few")]
    public void Select_Arabic_FollowsCldrIncludingLastTwoDigitsFromOneHundred(long count, string expected) =>
        Assert.Equal(expected, PluralRules.Select("ar", count).ToString());

    [Theory]
    [InlineData(0, "Other")]
    [InlineData(1, "One")]
    [InlineData(2, "Other")]
    [InlineData(13, "Other")]
    public void Select_English_OneOrOther(long count, string expected) =>
        Assert.Equal(expected, PluralRules.Select("en", count).ToString());

    [Theory]
    [InlineData(0, "One")]
    [InlineData(1, "One")]
    [InlineData(2, "Other")]
    public void Select_French_ZeroAndOneAreSingular(long count, string expected) =>
        Assert.Equal(expected, PluralRules.Select("fr", count).ToString());
}
