using Bunit;

namespace Consent.Components.Tests.Components;

public sealed class CookiePreferencesLinkTests : ConsentComponentTest
{
    [Theory]
    [InlineData("ar", "إعدادات ملفات تعريف الارتباط", "rtl")]
    [InlineData("en", "Cookie settings", "ltr")]
    [InlineData("fr", "Paramètres des cookies", "ltr")]
    public void Render_AnyPage_LinksToTheSamePageWithTheSettingsOpen_C9(string culture, string text, string dir)
    {
        using var scope = new CultureScope(culture);
        NavigateTo("/news/5?page=2");
        var link = RenderWith<CookiePreferencesLink>(Request(["analytics"])).Find("a");

        Assert.Equal(text, link.TextContent);
        Assert.Equal("/news/5?page=2&consent=settings#consent-settings", link.GetAttribute("href"));
        Assert.Equal(dir, link.GetAttribute("dir"));
        Assert.Equal(culture, link.GetAttribute("lang"));
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
