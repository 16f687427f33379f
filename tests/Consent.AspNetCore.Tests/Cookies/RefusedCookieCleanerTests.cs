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
        var response = new DefaultHttpContext().Response;
        Cleaner.Apply(cookieHeader, grants, response.Cookies);
        return [.. response.Headers.SetCookie!];
    }

    [Fact]
    [Trait("Rule", "C9")]
    public void Apply_ExpiresEachRefusedCookieWithItsDeclaredDomainAndPath()
    {
        var deletions = Deletions("session=1; _ga=2; _ga_X=3; ad_id=4; mystery=5", Grants.Of(ConsentCategory.Analytics));

        var deletion = Assert.Single(deletions);
        Assert.StartsWith("ad_id=;", deletion, StringComparison.Ordinal);
        Assert.Contains("domain=localhost", deletion, StringComparison.Ordinal);
        Assert.Contains("path=/", deletion, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970 00:00:00 GMT", deletion, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MarksTheDeletionOfAPrefixedCookieSecure()
    {
        var cleaner = new RefusedCookieCleaner(
            Policies.Create(o => o.Cookies.Add(new DeclaredCookie { Name = "__Host-ad", Category = ConsentCategory.Marketing, Purpose = "p", Provider = "p" })),
            TestMetrics.Create(),
            NullLogger.Instance);
        var response = new DefaultHttpContext().Response;

        cleaner.Apply("__Host-ad=1", Grants.Of(), response.Cookies);

        Assert.Contains("secure", Assert.Single(response.Headers.SetCookie)!, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_DoesNotAskWhenNoCookieCanBeOptional()
    {
        var grants = Grants.Of();

        Assert.Empty(Deletions(".Consent=x; session=1; .AspNetCore.Antiforgery.a=b", grants));
        Assert.Equal(0, grants.Asked);
    }
}
