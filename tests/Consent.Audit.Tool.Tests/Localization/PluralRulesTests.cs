using Consent.Audit.Tool.Localization;

namespace Consent.Audit.Tool.Tests.Localization;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, nameof(PluralCategory.Zero))]
    [InlineData(1, nameof(PluralCategory.One))]
    [InlineData(2, nameof(PluralCategory.Two))]
    [InlineData(3, nameof(PluralCategory.Few))]
    [InlineData(10, nameof(PluralCategory.Few))]
    [InlineData(11, nameof(PluralCategory.Many))]
    [InlineData(99, nameof(PluralCategory.Many))]
    [InlineData(100, nameof(PluralCategory.Other))]
    [InlineData(101, nameof(PluralCategory.Other))]
    [InlineData(102, nameof(PluralCategory.Other))]
    [InlineData(103, nameof(PluralCategory.Few))]
    [InlineData(111, nameof(PluralCategory.Many))]
    [InlineData(1000, nameof(PluralCategory.Other))]
    public void Select_Arabic_FollowsTheCldrCategories(long count, string expected) =>
        Assert.Equal(expected, PluralRules.Select("ar", count).ToString());

    [Theory]
    [InlineData(0, nameof(PluralCategory.Other))]
    [InlineData(1, nameof(PluralCategory.One))]
    [InlineData(2, nameof(PluralCategory.Other))]
    [InlineData(101, nameof(PluralCategory.Other))]
    public void Select_English_HasOneAndOther(long count, string expected) =>
        Assert.Equal(expected, PluralRules.Select("en", count).ToString());

    // The wording of ARABIC.md's table: the counted noun agrees with the number, and stands alone (nominative).
    [Theory]
    [InlineData(0, "0 حدث")]
    [InlineData(1, "حدث واحد")]
    [InlineData(2, "حدثان")]
    [InlineData(3, "3 أحداث")]
    [InlineData(10, "10 أحداث")]
    [InlineData(11, "11 حدثاً")]
    [InlineData(99, "99 حدثاً")]
    [InlineData(100, "100 حدث")]
    [InlineData(101, "101 حدث")]
    [InlineData(102, "102 حدث")]
    [InlineData(103, "103 أحداث")]
    public void Count_ArabicEvents_TakesTheFormOfItsCategory(long count, string expected) =>
        Assert.Equal(expected, ToolLanguage.Arabic.Count("Events", count));

    [Theory]
    [InlineData(2, "قراران")]
    [InlineData(20, "20 قراراً")]
    [InlineData(2, "نصان", "Texts")]
    [InlineData(5, "5 توقيعات", "Signatures")]
    public void Count_ArabicOtherNouns_TakeTheirOwnForms(long count, string expected, string noun = "Decisions") =>
        Assert.Equal(expected, ToolLanguage.Arabic.Count(noun, count));

    [Theory]
    [InlineData(1, "1 event")]
    [InlineData(0, "0 events")]
    [InlineData(30, "30 events")]
    public void Count_English_IsOneOrOther(long count, string expected) =>
        Assert.Equal(expected, ToolLanguage.English.Count("Events", count));
}
