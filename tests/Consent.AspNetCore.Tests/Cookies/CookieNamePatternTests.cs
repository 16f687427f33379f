namespace Consent.AspNetCore.Tests.Cookies;

public sealed class CookieNamePatternTests
{
    [Theory]
    [InlineData("_ga*", "_ga", true)]
    [InlineData("_ga*", "_ga_K2Q9", true)]
    [InlineData("_ga*", "_gid", false)]
    [InlineData("_ga*", "x_ga", false)]
    [InlineData("*_id", "ad_id", true)]
    [InlineData("*_id", "ad_idx", false)]
    [InlineData("a*b*c", "aXXbYYc", true)]
    [InlineData("a*b*c", "aXXcYYb", false)]
    [InlineData(".AspNetCore.Antiforgery.*", ".AspNetCore.Antiforgery.uRYp2xGSnUo", true)]
    [InlineData("exact", "exact", true)]
    [InlineData("exact", "Exact", false)]
    public void IsMatch_MatchesStarAsAnyRun(string pattern, string name, bool expected) =>
        Assert.Equal(expected, CookieNamePattern.IsMatch(pattern, name));
}
