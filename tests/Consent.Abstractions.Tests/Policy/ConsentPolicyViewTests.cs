using Consent.Abstractions;

namespace Consent.Abstractions.Tests.Policy;

public sealed class ConsentPolicyViewTests
{
    private static readonly ConsentPolicyView View = new(
        [
            new ConsentCategoryView(CategoryKeys.Necessary, null, null, [new DeclaredCookieView(".Consent", "", "Remembers the choice.", TimeSpan.FromDays(182), false)]),
            new ConsentCategoryView(CategoryKeys.Analytics, "Statistics", null, [new DeclaredCookieView("_ga*", "Google Analytics", "Counts visits.", TimeSpan.FromDays(395), true)]),
        ],
        "/consent",
        "/privacy",
        ".Consent");

    [Fact]
    [Trait("Rule", "C7")]
    public void CookiesOf_ACategory_GivesItsDeclaredCookies()
    {
        var cookie = Assert.Single(View.CookiesOf(CategoryKeys.Analytics));

        Assert.Equal("_ga*", cookie.Name);
        Assert.True(cookie.IsThirdParty);
    }

    [Fact]
    public void FindCategory_UnknownKey_GivesNothing()
    {
        Assert.Null(View.FindCategory("tracking"));
        Assert.Empty(View.CookiesOf("tracking"));
    }

    [Fact]
    public void IsNecessary_OnlyForTheNecessaryKey()
    {
        Assert.True(View.FindCategory(CategoryKeys.Necessary)!.IsNecessary);
        Assert.False(View.FindCategory(CategoryKeys.Analytics)!.IsNecessary);
    }
}
