using Consent.Abstractions;

namespace Consent.Abstractions.Tests.Forms;

public sealed class ConsentSubmissionKeyTests
{
    [Fact]
    public void New_ManyKeys_AreValidAndDistinct()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => ConsentSubmissionKey.New()).ToList();

        Assert.All(keys, key => Assert.True(ConsentSubmissionKey.IsValid(key), key));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    // 128 random bits: over 1,000 keys every hex digit appears in every position (a fixed or counting part would not).
    [Fact]
    public void New_EveryPosition_Varies()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => ConsentSubmissionKey.New()).ToList();

        for (var i = 0; i < ConsentSubmissionKey.Length; i++)
        {
            Assert.True(keys.Select(k => k[i]).Distinct().Count() > 8, $"position {i}");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789ABCDEF0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    [InlineData(" 123456789abcdef0123456789abcdef")]
    [InlineData("٠١٢٣٤٥٦٧٨٩abcdef0123456789abcdef")]
    public void IsValid_AnythingButThirtyTwoLowercaseHexDigits_IsFalse(string? value) =>
        Assert.False(ConsentSubmissionKey.IsValid(value));

    [Fact]
    public void IsValid_ThirtyTwoLowercaseHexDigits_IsTrue() =>
        Assert.True(ConsentSubmissionKey.IsValid("0123456789abcdef0123456789abcdef"));
}
