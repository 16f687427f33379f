using Bunit;
using Consent.AspNetCore;

namespace Consent.Components.Tests.Components;

public sealed class CookieDeclarationTests : ConsentComponentTest
{
    public CookieDeclarationTests()
    {
        ConfigureConsent(o =>
        {
            o.Cookies.Add(new DeclaredCookie { Name = "_ga*", Category = "analytics", Purpose = "Counts visits.", Provider = "Google Analytics", IsThirdParty = true, Lifetime = TimeSpan.FromDays(395) });
            o.Cookies.Add(new DeclaredCookie { Name = "demo_pref", Category = "functional", Purpose = "Font size.", Provider = "Sample", Lifetime = TimeSpan.FromDays(30) });
        });
    }

    [Theory]
    [Trait("Rule", "C7")]
    [Trait("Rule", "C11")]
    [InlineData("ar", new[] { "ضرورية", "وظيفية", "تحليلية", "تسويقية" }, "13 شهراً", "شهر واحد", "6 أشهر", "طرف ثالث", "حتى إغلاق المتصفح")]
    [InlineData("en", new[] { "Necessary", "Functional", "Analytics", "Marketing" }, "13 months", "1 month", "6 months", "Third party", "Until the browser closes")]
    [InlineData("fr", new[] { "Nécessaires", "Fonctionnels", "Mesure d’audience", "Marketing" }, "13 mois", "1 mois", "6 mois", "Tiers", "Jusqu’à la fermeture du navigateur")]
    public void Render_AllCategories_ListsEveryDeclaredCookieWithLocalizedDurations(
        string culture, string[] titles, string ga, string pref, string consentCookie, string thirdParty, string session)
    {
        using var scope = new CultureScope(culture);
        var cut = RenderWith<CookieDeclaration>(Request());

        Assert.Equal(titles, cut.FindAll("h2").Select(h => h.TextContent));
        string[] Row(string name) => [.. cut.FindAll("tbody tr").Single(r => r.Children[0].TextContent == name).Children.Select(c => c.TextContent)];
        Assert.Equal(ga, Row("_ga*")[3]);
        Assert.Equal(thirdParty, Row("_ga*")[4]);
        Assert.Equal(pref, Row("demo_pref")[3]);
        Assert.Equal(consentCookie, Row(".Consent")[3]);
        Assert.Equal(session, Row(".AspNetCore.Antiforgery.*")[3]);
        if (culture != "en")
        {
            Assert.NotEqual(Policy.Cookies[0].Purpose, Row(".Consent")[2]);
        }

        Assert.Equal(4, cut.FindAll("table").Count + cut.FindAll(".consent-none").Count);
        Assert.Equal(Policy.Cookies.Count, cut.FindAll("tbody tr").Count);
    }

    [Fact]
    public void Render_OneCategoryWithoutHeadings_ShowsOnlyItsTable()
    {
        var cut = RenderWith<CookieDeclaration>(Request(), p => p.Add(d => d.Category, "analytics").Add(d => d.ShowCategoryHeadings, false));

        Assert.Empty(cut.FindAll("h2"));
        Assert.Equal("_ga*", cut.Find("tbody tr th").TextContent);
        Assert.Single(cut.FindAll("tbody tr"));
    }

    [Fact]
    [Trait("Rule", "A1")]
    public void Render_TheScrollingTableWrapper_IsAKeyboardReachableNamedRegion()
    {
        using var scope = new CultureScope("en");
        var cut = RenderWith<CookieDeclaration>(Request(), p => p.Add(d => d.Category, "analytics"));

        var wrapper = cut.Find(".consent-table");
        Assert.Equal("0", wrapper.GetAttribute("tabindex"));
        Assert.Equal("region", wrapper.GetAttribute("role"));
        Assert.Equal("Analytics", wrapper.GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_CategoryWithoutCookies_SaysSo()
    {
        using var scope = new CultureScope("en");
        var cut = RenderWith<CookieDeclaration>(Request(), p => p.Add(d => d.Category, "marketing"));

        Assert.Equal("This category sets no cookie at the moment.", cut.Find(".consent-none").TextContent);
    }

    [Fact]
    public void Render_HeadingLevel_IsHonoured()
    {
        var cut = RenderWith<CookieDeclaration>(Request(), p => p.Add(d => d.HeadingLevel, 3));

        Assert.Equal(4, cut.FindAll("h3").Count);
    }

    [Fact]
    public void Render_CookiePurposeOverride_ReplacesTheDeclaredPurpose()
    {
        using var scope = new CultureScope("en");
        ConfigureComponents(o => o.Override("en", ConsentTextKeys.CookiePurpose("_ga*"), "Measures visits."));
        var cut = RenderWith<CookieDeclaration>(Request(), p => p.Add(d => d.Category, "analytics"));

        Assert.Equal("Measures visits.", cut.Find("tbody td:nth-child(3)").TextContent);
    }
}
