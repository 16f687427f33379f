using System.Globalization;
using Consent.Audit.Tool.Tests.Infrastructure;

namespace Consent.Audit.Tool.Tests.Localization;

public sealed class LanguageOptionTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("arabic")]
    [InlineData("")]
    public async Task UnknownLanguage_IsAUsageErrorOnOneLine(string value)
    {
        var result = await ConsentAudit.RunAsync(["verify", "--sqlite", "missing.db", "--language", value]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith($"consent-audit: --language '{value}' is not a language the tool speaks: write ar (Arabic) or en (English).", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Empty(result.Output);
    }

    // In an Arabic culture the usage error itself is Arabic.
    [Fact]
    public async Task UnknownLanguage_UnderAnArabicCulture_IsAnArabicUsageError()
    {
        var result = await ConsentAudit.RunAsync(["--language", "fr", "stats"], uiCulture: new CultureInfo("ar-MA"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("consent-audit: اللغة 'fr' غير مدعومة في --language: اكتب ar (العربية) أو en (الإنجليزية).", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar-SA", "ar")]
    [InlineData("ar", "ar")]
    [InlineData("en-US", "en")]
    [InlineData("fr-FR", "en")]
    [InlineData("", "en")]
    public async Task NoLanguageOption_FollowsTheUiCulture(string culture, string expected)
    {
        var result = await ConsentAudit.RunAsync(["show", "not-an-id", "--sqlite", "missing.db"], uiCulture: new CultureInfo(culture));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(expected == "ar" ? "ليس معرّف موافقة" : "is not a consent ID", result.Error, StringComparison.Ordinal);
    }

    // The option is global: before or after the command, in either spelling, and it overrides the culture.
    [Theory]
    [InlineData("--language", "ar", "show")]
    [InlineData("show", "--language", "ar")]
    [InlineData("show", "--language=ar")]
    [InlineData("show", "--language:AR")]
    public async Task LanguageOption_AnywhereOnTheLine_ChoosesArabic(params string[] args)
    {
        var result = await ConsentAudit.RunAsync([.. args, "not-an-id", "--sqlite", "missing.db"], uiCulture: new CultureInfo("en-GB"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("consent-audit: 'not-an-id' ليس معرّف موافقة: معرّف الموافقة 32 رقماً ست عشرياً.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_InArabic_DescribesTheCommandsInArabic()
    {
        var result = await ConsentAudit.RunAsync(["--help", "--language", "ar"]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("يتحقق من سجل تدقيق الموافقات", result.Output, StringComparison.Ordinal);
        Assert.Contains("يكتب تقرير تدقيق HTML قائماً بذاته", result.Output, StringComparison.Ordinal);
        Assert.Contains("--language", result.Output, StringComparison.Ordinal);
    }
}
