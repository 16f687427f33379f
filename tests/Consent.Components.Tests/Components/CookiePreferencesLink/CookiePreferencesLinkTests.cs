using Bunit;

namespace Consent.Components.Tests.Components;

public sealed class CookiePreferencesLinkTests : ConsentComponentTest
{
    [Theory]
    [Trait("Rule", "C9")]
    [InlineData("ar", "إعدادات ملفات تعريف الارتباط", "rtl")]
    [InlineData("en", "Cookie settings", "ltr")]
    [InlineData("fr", "Paramètres des cookies", "ltr")]
    public void Render_AnyPage_LinksToTheSamePageWithTheSettingsOpen(string culture, string text, string dir)
    {
        using var scope = new CultureScope(culture);
        NavigateTo("/news/5?page=2");
        var link = RenderWith<CookiePreferencesLink>(Request(["analytics"])).Find("a");

        Assert.Equal(text, link.TextContent);
        Assert.Equal("/news/5?page=2&consent=settings#consent-settings", link.GetAttribute("href"));
        Assert.Equal(dir, link.GetAttribute("dir"));
        Assert.Equal(culture, link.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("ar", "تم حفظ اختيارك.")]
    [InlineData("en", "Your choice has been saved.")]
    [InlineData("fr", "Votre choix a été enregistré.")]
    public void Render_Always_CarriesTheSavedConfirmationTheSettingsLayerReturnsTo(string culture, string text)
    {
        using var scope = new CultureScope(culture);
        var saved = RenderWith<CookiePreferencesLink>(Request(["analytics"])).Find("#consent-saved");

        Assert.Equal(text, saved.TextContent);
        Assert.Equal("status", saved.GetAttribute("role"));
        Assert.Equal(culture, saved.GetAttribute("lang"));
    }

    [Fact]
    public void Render_NoDecision_StillLinks()
    {
        var link = RenderWith<CookiePreferencesLink>(Request()).Find("a");

        Assert.Equal("/?consent=settings#consent-settings", link.GetAttribute("href"));
    }

    [Fact]
    public void Render_HostOverrideAndChildContent_ReplaceTheText()
    {
        using var scope = new CultureScope("ar");
        ConfigureComponents(o => o.Override("ar", ConsentTextKeys.SettingsTitle, "خصوصيتك"));

        Assert.Equal("خصوصيتك", RenderWith<CookiePreferencesLink>(Request()).Find("a").TextContent);
        Assert.Equal("ملفات الارتباط", RenderInteractive<CookiePreferencesLink>(p => p.AddChildContent("ملفات الارتباط")).Find("a").TextContent);
    }

    [Fact]
    public void Navigate_InteractiveLayout_FollowsTheCurrentPage()
    {
        var cut = RenderInteractive<CookiePreferencesLink>();
        NavigateTo("/other");

        cut.WaitForAssertion(() => Assert.Equal("/other?consent=settings#consent-settings", cut.Find("a").GetAttribute("href")));
    }
}
