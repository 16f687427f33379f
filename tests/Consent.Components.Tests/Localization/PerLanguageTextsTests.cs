using System.Text.RegularExpressions;
using Bunit;
using Consent.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.Components.Tests.Localization;

/// <summary>
/// A site's cookie purposes and custom category texts given per language: each page shows its language's, the
/// archived text of each language holds only that language's, and a missing translation falls back with a warning.
/// </summary>
public sealed partial class PerLanguageTextsTests : ConsentComponentTest
{
    private static readonly Dictionary<string, (string Purpose, string Title, string Description)> Texts = new()
    {
        ["ar"] = ("يتذكّر حجم الخط الذي اخترته.", "اجتماعية", "أزرار المشاركة في الشبكات الاجتماعية."),
        ["en"] = ("Remembers the font size you chose.", "Social", "Buttons to share on social networks."),
        ["fr"] = ("Retient la taille de police que vous avez choisie.", "Réseaux sociaux", "Boutons de partage sur les réseaux sociaux."),
    };

    private readonly RecordingLoggerProvider _logs = new();

    public PerLanguageTextsTests()
    {
        Services.AddLogging(b => b.AddProvider(_logs));
        ConfigureConsent(o =>
        {
            var social = new ConsentCategory { Title = Texts["ar"].Title, Description = Texts["ar"].Description };
            social.Titles["en"] = Texts["en"].Title;
            social.Titles["fr"] = Texts["fr"].Title;
            social.Descriptions["en"] = Texts["en"].Description;
            social.Descriptions["fr"] = Texts["fr"].Description;
            o.Categories["social"] = social;
            var pref = new DeclaredCookie { Name = "demo_pref", Category = ConsentCategory.Functional, Purpose = Texts["ar"].Purpose, Provider = "Consent.Sample", Lifetime = TimeSpan.FromDays(30) };
            pref.Purposes["en"] = Texts["en"].Purpose;
            pref.Purposes["fr"] = Texts["fr"].Purpose;
            o.Cookies.Add(pref);
            o.Cookies.Add(new DeclaredCookie { Name = "share_id", Category = "social", Purpose = "يحفظ مشاركاتك.", Provider = "Share", Purposes = { ["en"] = "Keeps your shares.", ["fr"] = "Garde vos partages." } });
        });
    }

    public static TheoryData<string> Languages => ["ar", "en", "fr"];

    [Theory]
    [Trait("Rule", "C7")]
    [MemberData(nameof(Languages))]
    public void Declaration_ShowsThePurposeAndCategoryTextsOfThePagesLanguage(string language)
    {
        using var culture = new CultureScope(language);

        var cut = RenderWith<CookieDeclaration>(Request());

        var row = cut.FindAll("tbody tr").Single(r => r.Children[0].TextContent == "demo_pref");
        Assert.Equal(Texts[language].Purpose, row.Children[2].TextContent);
        Assert.Contains(Texts[language].Title, cut.FindAll("h2").Select(h => h.TextContent));
        Assert.Contains(Texts[language].Description, cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "C7")]
    [MemberData(nameof(Languages))]
    public void Banner_SettingsLayer_ShowsThePurposeAndCategoryTextsOfThePagesLanguage(string language)
    {
        using var culture = new CultureScope(language);
        NavigateTo("/?consent=settings");

        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        Assert.Contains(Texts[language].Purpose, banner.TextContent, StringComparison.Ordinal);
        Assert.Contains(Texts[language].Title, banner.TextContent, StringComparison.Ordinal);
        Assert.Contains(Texts[language].Description, banner.TextContent, StringComparison.Ordinal);
        foreach (var other in Texts.Keys.Where(k => k != language))
        {
            Assert.DoesNotContain(Texts[other].Purpose, banner.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(Texts[other].Title, banner.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(Texts[other].Description, banner.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [Trait("Rule", "R4")]
    [MemberData(nameof(Languages))]
    public void ArchivedText_OfEachLanguage_HoldsOnlyThatLanguagesStrings(string language)
    {
        using var culture = new CultureScope(language);

        RenderWith<CookieConsentBanner>(Request());

        var archived = Assert.Single(Archive.Texts);
        Assert.Equal(language, archived.Language);
        Assert.Contains(Texts[language].Purpose, archived.Text, StringComparison.Ordinal);
        Assert.Contains(Texts[language].Description, archived.Text, StringComparison.Ordinal);
        foreach (var other in Texts.Keys.Where(k => k != language))
        {
            Assert.DoesNotContain(Texts[other].Purpose, archived.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(Texts[other].Description, archived.Text, StringComparison.Ordinal);
        }

        // English and French texts, the library's own cookies and ASP.NET Core's included, hold no Arabic letter at all.
        if (language != "ar")
        {
            Assert.False(ArabicLetter().IsMatch(archived.Text), ArabicLetter().Match(archived.Text) is { Success: true } m ? $"Arabic in the {language} text near: {archived.Text[Math.Max(0, m.Index - 40)..Math.Min(archived.Text.Length, m.Index + 40)]}" : string.Empty);
        }
        else
        {
            Assert.DoesNotContain("Remembers", archived.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(_logs.Entries, e => e.EventName == "MissingTranslation");
    }

    [Fact]
    public void Purpose_WithoutATranslationForThePagesLanguage_FallsBackToTheNeutralText_AndWarnsOnce()
    {
        ConfigureConsent(o => o.Cookies.Add(new DeclaredCookie { Name = "legacy_widget", Category = ConsentCategory.Functional, Purpose = "يتذكّر حالة الأداة.", Provider = "Widget", Purposes = { ["en"] = "Remembers the widget's state." } }));
        using var culture = new CultureScope("fr");

        var first = RenderWith<CookieDeclaration>(Request());
        RenderWith<CookieDeclaration>(Request());

        var row = first.FindAll("tbody tr").Single(r => r.Children[0].TextContent == "legacy_widget");
        Assert.Equal("يتذكّر حالة الأداة.", row.Children[2].TextContent);
        var warning = Assert.Single(_logs.Entries, e => e.EventName == "MissingTranslation");
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("'fr'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("legacy_widget", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Purpose_ForACultureOfALanguage_UsesTheCultureFirst_ThenTheLanguage()
    {
        ConfigureConsent(o => o.Cookies.Add(new DeclaredCookie { Name = "caddie", Category = ConsentCategory.Functional, Purpose = "يحفظ السلة.", Provider = "Shop", Purposes = { ["fr"] = "Garde votre panier.", ["fr-CA"] = "Garde votre panier d’achat." } }));

        string PurposeIn(string name)
        {
            using var culture = new CultureScope(name);
            return RenderWith<CookieDeclaration>(Request()).FindAll("tbody tr").Single(r => r.Children[0].TextContent == "caddie").Children[2].TextContent;
        }

        Assert.Equal(("Garde votre panier d’achat.", "Garde votre panier."), (PurposeIn("fr-CA"), PurposeIn("fr-FR")));
    }

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();
}
