using Microsoft.Extensions.DependencyInjection;

namespace Consent.Components.Tests.Localization;

public sealed class ConsentTextTests
{
    [Theory]
    [InlineData(1, "يوم واحد")]
    [InlineData(2, "يومان")]
    [InlineData(3, "3 أيام")]
    [InlineData(7, "7 أيام")]
    [InlineData(14, "14 يوماً")]
    [InlineData(27, "27 يوماً")]
    [InlineData(30, "شهر واحد")]
    [InlineData(61, "شهران")]
    [InlineData(90, "3 أشهر")]
    [InlineData(182, "6 أشهر")]
    [InlineData(335, "11 شهراً")]
    [InlineData(365, "سنة واحدة")]
    [InlineData(395, "13 شهراً")]
    [InlineData(730, "سنتان")]
    [InlineData(1095, "3 سنوات")]
    [InlineData(36500, "100 سنة")]
    [InlineData(37595, "103 سنوات")]
    [InlineData(40515, "111 سنة")]
    public void Duration_Arabic_UsesThePluralFormOfTheCount(int days, string expected)
    {
        using var scope = new CultureScope("ar");
        Assert.Equal(expected, Create().Duration(TimeSpan.FromDays(days)));
    }

    [Theory]
    [InlineData(1, "ساعة واحدة")]
    [InlineData(2, "ساعتان")]
    [InlineData(5, "5 ساعات")]
    [InlineData(12, "12 ساعة")]
    public void Duration_ArabicHours_UsesThePluralFormOfTheCount(int hours, string expected)
    {
        using var scope = new CultureScope("ar");
        Assert.Equal(expected, Create().Duration(TimeSpan.FromHours(hours)));
    }

    [Theory]
    [InlineData("en", 1, "1 day")]
    [InlineData("en", 5, "5 days")]
    [InlineData("en", 395, "13 months")]
    [InlineData("en", 365, "1 year")]
    [InlineData("fr", 1, "1 jour")]
    [InlineData("fr", 395, "13 mois")]
    [InlineData("fr", 730, "2 ans")]
    public void Duration_EnglishAndFrench_UseTheirOwnPlurals(string culture, int days, string expected)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(expected, Create().Duration(TimeSpan.FromDays(days)));
    }

    [Theory]
    [InlineData("ar", "حتى إغلاق المتصفح")]
    [InlineData("en", "Until the browser closes")]
    [InlineData("fr", "Jusqu’à la fermeture du navigateur")]
    public void Duration_SessionCookie_SaysUntilTheBrowserCloses(string culture, string expected)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(expected, Create().Duration(null));
    }

    [Fact]
    public void Duration_HostOverridesAPluralForm_UsesIt()
    {
        using var scope = new CultureScope("ar");
        var text = Create(o => o.Override("ar", "Duration.Day.Many", "{0} يوماً تقريباً"));
        Assert.Equal("14 يوماً تقريباً", text.Duration(TimeSpan.FromDays(14)));
    }

    [Theory]
    [Trait("Rule", "A3")]
    [InlineData("ar", "ar", "ar", "rtl")]
    [InlineData("ar-EG", "ar", "ar-EG", "rtl")]
    [InlineData("en-US", "en", "en-US", "ltr")]
    [InlineData("fr-CA", "fr", "fr-CA", "ltr")]
    [InlineData("ja", "ar", "ar", "rtl")]
    public void Language_Culture_IsTheLanguageOfTheTextsShown(string culture, string language, string tag, string direction)
    {
        using var scope = new CultureScope(culture);
        var text = Create();
        Assert.Equal((language, tag, direction), (text.Language, text.LanguageTag, text.Direction));
    }

    [Fact]
    public void Language_HostAddsAGermanTranslation_SwitchesLangAndDir()
    {
        using var scope = new CultureScope("de");
        var text = Create(o => o.Override("de", ConsentTextKeys.Language, "de").Override("de", ConsentTextKeys.AcceptAll, "Akzeptieren"));
        Assert.Equal(("de", "ltr", "Akzeptieren"), (text.LanguageTag, text.Direction, text[ConsentTextKeys.AcceptAll]));
    }

    [Fact]
    public void Resources_ArabicTexts_UseTheReviewedCodePoints()
    {
        using var scope = new CultureScope("ar");
        var text = Create();
        Assert.Equal("\u0623\u0648\u0627\u0641\u0642", text[ConsentTextKeys.AcceptAll]);
        Assert.Equal("\u0623\u0631\u0641\u0636", text[ConsentTextKeys.RejectAll]);
        Assert.Equal("بيان الخصوصية وسياسة ملفات تعريف الارتباط", text[ConsentTextKeys.BannerHeading]);
        Assert.DoesNotContain('\u0654', text[ConsentTextKeys.BannerBody]);
    }

    private static ConsentText Create(Action<ConsentComponentsOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCookieConsent();
        services.AddCookieConsentComponents(configure);
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<ConsentText>();
    }
}
