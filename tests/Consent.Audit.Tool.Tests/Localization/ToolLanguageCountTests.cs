using Consent.Audit.Tool.Localization;

namespace Consent.Audit.Tool.Tests.Localization;

/// <summary>
/// Counts in the tool's words. The categories themselves come from the shared plural rules, tested with the
/// components (tests/Consent.Components.Tests/Localization/PluralRulesTests.cs).
/// </summary>
public sealed class ToolLanguageCountTests
{
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
