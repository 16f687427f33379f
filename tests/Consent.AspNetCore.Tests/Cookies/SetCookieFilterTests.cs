using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consent.AspNetCore.Tests.Cookies;

/// <summary>The filter alone, on plain inputs: headers in, a grant lookup, the essential names; headers out.</summary>
public sealed class SetCookieFilterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static SetCookieFilter Filter(UndeclaredCookieHandling undeclared = UndeclaredCookieHandling.Block) =>
        new(Policies.Create(o => o.UndeclaredCookies = undeclared), TestMetrics.Create(), NullLogger.Instance, new ManualTimeProvider(Now));

    private static string[] Apply(SetCookieFilter filter, Grants grants, string[] setCookies, params string[] essential)
    {
        IHeaderDictionary headers = new HeaderDictionary();
        headers.SetCookie = setCookies;
        filter.Apply(headers, grants, essential);
        return [.. headers.SetCookie!];
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Apply_KeepsNecessaryAndGrantedCookiesAndRemovesTheRest()
    {
        var kept = Apply(Filter(), Grants.Of(ConsentCategory.Analytics), ["session=1", "_ga=2; Path=/", "ad_id=3", "pref=4"]);

        Assert.Equal(["session=1", "_ga=2; Path=/"], kept);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Apply_BlocksAPairWithoutEqualsSignEvenWhenItsTextIsANecessaryName()
    {
        // A browser keeps "session; Path=/" as a cookie with an empty name and the value "session", so the text
        // says nothing about the cookie's name: it is an undeclared cookie, whatever it spells.
        var kept = Apply(Filter(), Grants.Of(ConsentCategory.Analytics), ["session", "session; Path=/", "session=1"]);

        Assert.Equal(["session=1"], kept);
    }

    [Fact]
    [Trait("Rule", "C9")]
    public void Apply_SendsADeletionOfARefusedCookieAsTheLibrarysOwnWithItsPathAndDomain()
    {
        var deletion = "ad_id=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/ads; domain=.localhost; secure; samesite=lax";

        Assert.Equal(
            ["ad_id=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/ads; Domain=.localhost; Secure"],
            Apply(Filter(), Grants.Of(), [deletion]));
    }

    [Theory]
    [Trait("Rule", "C1")]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Apply_DropsARefusedCookieThatOnlyLooksLikeADeletion(int index) =>
        Assert.Empty(Apply(Filter(), Grants.Of(), ["session=1", Consent.Testing.DisguisedDeletions.Header(index, "_ga", Now)]).Skip(1));

    [Fact]
    [Trait("Rule", "C1")]
    public void Apply_DropsARefusedCookieThatIsNoDeletionAndKeepsTheOrderOfTheRest()
    {
        var kept = Apply(Filter(), Grants.Of(), ["session=1", "_ga=2; Max-Age=0; Max-Age=60", "ad_id=; Max-Age=0", "session2=x"], "session2");

        Assert.Equal(["session=1", "ad_id=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0", "session2=x"], kept);
    }

    [Fact]
    [Trait("Rule", "C11")]
    public void Apply_BlocksAnUndeclaredCookieUnlessAppendedAsEssentialOrAllowed()
    {
        Assert.Empty(Apply(Filter(), Grants.Of(), ["mystery=1"]));
        Assert.Equal(["mystery=1"], Apply(Filter(), Grants.Of(), ["mystery=1"], "mystery"));
        Assert.Equal(["mystery=1"], Apply(Filter(UndeclaredCookieHandling.Allow), Grants.Of(), ["mystery=1"]));
    }

    [Fact]
    public void Apply_FollowsTheDeclaredCategoryOfACookieAppendedAsEssential() =>
        Assert.Empty(Apply(Filter(), Grants.Of(), ["_ga=1"], "_ga"));

    [Fact]
    public void Apply_AsksOnlyAboutOptionalCategoriesAndNotAtAllWithoutSetCookie()
    {
        var grants = Grants.Of(ConsentCategory.Analytics);
        var filter = Filter();

        Apply(filter, grants, []);
        Assert.Equal(0, grants.Asked);

        Apply(filter, grants, ["session=1", "mystery=2", "_ga=3"]);
        Assert.Equal(1, grants.Asked);
    }
}
