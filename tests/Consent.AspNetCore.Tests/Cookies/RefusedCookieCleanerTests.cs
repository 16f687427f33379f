using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consent.AspNetCore.Tests.Cookies;

/// <summary>The cleaner alone, on plain inputs: the request's Cookie headers and a grant lookup in, deletions out.</summary>
public sealed class RefusedCookieCleanerTests
{
    private static readonly RefusedCookieCleaner Cleaner = new(Policies.Create(), TestMetrics.Create(), NullLogger.Instance);

    private static string[] Deletions(string cookieHeader, Grants grants)
    {
        IHeaderDictionary headers = new HeaderDictionary();
        Cleaner.Apply(cookieHeader, grants, headers);
        return [.. headers.SetCookie!];
    }

    [Fact]
    [Trait("Rule", "C9")]
    public void Apply_ExpiresEachRefusedCookieWithItsDeclaredDomainAndPath()
    {
        var deletions = Deletions("session=1; _ga=2; _ga_X=3; ad_id=4; mystery=5", Grants.Of(ConsentCategory.Analytics));

        var deletion = Assert.Single(deletions);
        Assert.StartsWith("ad_id=;", deletion, StringComparison.Ordinal);
        Assert.Equal("ad_id=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Domain=localhost", deletion);
    }

    [Fact]
    public void Apply_MarksTheDeletionOfAPrefixedCookieSecure()
    {
        var cleaner = new RefusedCookieCleaner(
            Policies.Create(o => o.Cookies.Add(new DeclaredCookie { Name = "__Host-ad", Category = ConsentCategory.Marketing, Purpose = "p", Provider = "p" })),
            TestMetrics.Create(),
            NullLogger.Instance);
        IHeaderDictionary headers = new HeaderDictionary();

        cleaner.Apply("__Host-ad=1", Grants.Of(), headers);

        Assert.EndsWith("; Secure", Assert.Single(headers.SetCookie)!, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "C9")]
    public void Apply_KeepsWhatTheResponseAlreadySetsAndDeletesANameCarriedTwiceOnce()
    {
        IHeaderDictionary headers = new HeaderDictionary();
        headers.SetCookie = "session=1; Path=/";

        Cleaner.Apply("_ga=1; ad_id=2; _ga=3", Grants.Of(), headers);

        string[] sent = [.. headers.SetCookie!];
        Assert.Equal(
            ["session=1; Path=/", "_ga=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/", "ad_id=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Domain=localhost"],
            sent);
    }

    [Fact]
    public void Apply_DoesNotAskWhenNoCookieCanBeOptional()
    {
        var grants = Grants.Of();

        Assert.Empty(Deletions(".Consent=x; session=1; .AspNetCore.Antiforgery.a=b", grants));
        Assert.Equal(0, grants.Asked);
    }

    [Fact]
    [Trait("Rule", "C11")]
    public void Apply_WithTheInventory_NotesEveryUndeclaredName_InTheSameScan_AndStillDeletesTheRefusedOnes()
    {
        var policy = Policies.Create();
        var inventory = new CookieInventory(policy, TimeProvider.System);
        IHeaderDictionary headers = new HeaderDictionary();

        // ".mystery" and "zz" start with characters no optional cookie's name does: without the inventory they are skipped unparsed.
        new RefusedCookieCleaner(policy, TestMetrics.Create(), NullLogger.Instance)
            .Apply(".mystery=1; _ga=2; zz=3; .Consent=x; session=1; zz=4", Grants.Of(), headers, inventory, "/arrived");

        Assert.StartsWith("_ga=;", Assert.Single(headers.SetCookie)!, StringComparison.Ordinal);
        Assert.Equal([".mystery", "zz"], inventory.Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        var zz = Assert.Single(inventory.Entries, e => e.Name == "zz");
        Assert.Equal((2L, "/arrived"), (zz.Count(CookieSeenIn.Request), Assert.Single(zz.Paths)));
    }
}
