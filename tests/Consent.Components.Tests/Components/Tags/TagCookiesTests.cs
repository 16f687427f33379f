using Bunit;
using Consent.AspNetCore;

namespace Consent.Components.Tests.Components;

/// <summary>The cookies of known tags, declared by the library with purposes the cookie table shows in three languages.</summary>
public sealed class TagCookiesTests : ConsentComponentTest
{
    [Theory]
    [Trait("Rule", "C7")]
    [InlineData("ar", "يميّز متصفحك لقياس الإعلانات وعرض إعلانات تناسبك.")]
    [InlineData("en", "Tells your browser apart, to measure ads and show you ads that suit you.")]
    [InlineData("fr", "Distingue votre navigateur, pour mesurer les publicités et vous en montrer qui vous correspondent.")]
    public void DeclaredTagCookie_ShowsTheLibrarysPurposeInTheVisitorsLanguage(string culture, string purpose)
    {
        using var culture_ = new CultureScope(culture);
        ConfigureConsent(o => o.DeclareTagCookies(ConsentTag.MetaPixel));

        var table = RenderWith<CookieDeclaration>(Request(), p => p.Add(c => c.Category, "marketing"));

        var row = table.FindAll("tr").Single(r => r.TextContent.Contains("_fbp", StringComparison.Ordinal));
        Assert.Contains(purpose, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Meta", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredTagCookie_WithTheSitesOwnPurpose_KeepsIt()
    {
        using var culture_ = new CultureScope("en");
        ConfigureConsent(o =>
        {
            o.DeclareTagCookies(ConsentTag.MetaPixel);
            o.Cookies.First(c => c.Name == "_fbp").Purpose = "Our own words.";
        });

        var table = RenderWith<CookieDeclaration>(Request(), p => p.Add(c => c.Category, "marketing"));

        Assert.Contains("Our own words.", table.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTag_DeclaresValidCookiesWhosePurposesShipInEnglishAndFrench()
    {
        ConfigureConsent(o =>
        {
            foreach (var tag in Enum.GetValues<ConsentTag>())
            {
                o.DeclareTagCookies(tag);
            }
        });

        // The policy is built and validated at first use: a bad declaration throws here.
        var declared = Policy.Cookies.Where(c => c.Provider.Length > 0).ToList();
        Assert.Equal(13, declared.Count);
        foreach (var culture in new[] { "en", "fr" })
        {
            using var culture_ = new CultureScope(culture);
            var table = RenderWith<CookieDeclaration>(Request()).Markup;
            Assert.All(declared, c => Assert.DoesNotContain(c.Purpose, table, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void DeclareTagCookies_OtherCategory_PutsThemThere()
    {
        ConfigureConsent(o => o.DeclareTagCookies(ConsentTag.YouTube, category: "functional"));

        Assert.All(Policy.Cookies.Where(c => c.Provider == "YouTube"), c => Assert.Equal("functional", c.Category));
    }
}
