using Consent.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.Options;

/// <summary>Purposes and category texts per language, as appsettings gives them.</summary>
public sealed class PerLanguageConfigurationTests
{
    [Fact]
    public void Configuration_PurposesTitlesAndDescriptionsPerLanguage_ReachThePolicyViewTheComponentsRender()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Consent:Cookies:0:Name"] = "demo_pref",
            ["Consent:Cookies:0:Category"] = "social",
            ["Consent:Cookies:0:Purpose"] = "يتذكّر حجم الخط الذي اخترته.",
            ["Consent:Cookies:0:Purposes:en"] = "Remembers the font size you chose.",
            ["Consent:Cookies:0:Purposes:fr-CA"] = "Retient la taille de police choisie.",
            ["Consent:Cookies:0:Provider"] = "Sample",
            ["Consent:Categories:social:Title"] = "اجتماعية",
            ["Consent:Categories:social:Titles:en"] = "Social",
            ["Consent:Categories:social:Description"] = "أزرار المشاركة.",
            ["Consent:Categories:social:Descriptions:fr"] = "Boutons de partage.",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddCookieConsent().AddInMemoryAuditLog();
        using var provider = services.BuildServiceProvider();

        var view = provider.GetRequiredService<ConsentPolicyViewSource>().View;

        var social = view.FindCategory("social")!;
        Assert.Equal(("اجتماعية", "Social"), (social.Title, social.Titles["en"]));
        Assert.Equal("Boutons de partage.", social.Descriptions["FR"]);
        var cookie = Assert.Single(social.Cookies);
        Assert.Equal("يتذكّر حجم الخط الذي اخترته.", cookie.Purpose);
        Assert.Equal(["en", "fr-CA"], cookie.Purposes.Keys.Order(StringComparer.Ordinal));
        Assert.True(LocalizedTexts.TryFind(cookie.Purposes, System.Globalization.CultureInfo.GetCultureInfo("en-GB"), out var english));
        Assert.Equal("Remembers the font size you chose.", english);
    }
}
