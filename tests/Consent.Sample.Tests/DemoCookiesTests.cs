using System.Net;

namespace Consent.Sample.Tests;

/// <summary><c>/demo/cookies</c> tries to set one cookie of each kind; only the granted ones may reach the visitor.</summary>
public sealed class DemoCookiesTests : IClassFixture<SampleFactory>
{
    private readonly SampleFactory _factory;

    public DemoCookiesTests(SampleFactory factory) => _factory = factory;

    private static async Task<string[]> CookieNamesSetBy(HttpClient visitor, string path)
    {
        var response = await visitor.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return response.Headers.TryGetValues("Set-Cookie", out var headers)
            ? [.. headers.Where(h => !h.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)).Select(h => h[..h.IndexOf('=', StringComparison.Ordinal)])]
            : [];
    }

    private static async Task DecideAsync(HttpClient visitor, string action, params string[] categories)
    {
        var token = await SampleFactory.TokenFromPageAsync(visitor);
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("action", action), new("returnUrl", "/") };
        fields.AddRange(categories.Select(c => new KeyValuePair<string, string>("categories", c)));
        var response = await visitor.PostAsync("/consent", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task DemoCookies_BeforeAnyDecision_SetOnlyTheNecessaryOne()
    {
        using var visitor = _factory.NewVisitor();

        Assert.Equal(["demo_session"], await CookieNamesSetBy(visitor, "/demo/cookies"));
    }

    [Fact]
    [Trait("Rule", "C11")]
    public async Task DemoCookies_AfterAcceptAll_SetEveryDeclaredOneButNotTheUndeclared()
    {
        using var visitor = _factory.NewVisitor();
        await DecideAsync(visitor, "accept-all");

        Assert.Equal(["demo_session", "demo_pref", "_ga", "ad_id"], await CookieNamesSetBy(visitor, "/demo/cookies"));
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task DemoCookies_AfterRejectAll_SetOnlyTheNecessaryOne()
    {
        using var visitor = _factory.NewVisitor();
        await DecideAsync(visitor, "reject-all");

        Assert.Equal(["demo_session"], await CookieNamesSetBy(visitor, "/demo/cookies"));
    }

    [Fact]
    [Trait("Rule", "C8")]
    public async Task DemoCookies_AfterGrantingAnalytics_SetTheAnalyticsOneToo()
    {
        using var visitor = _factory.NewVisitor();
        await DecideAsync(visitor, "save", "analytics");

        Assert.Equal(["demo_session", "_ga"], await CookieNamesSetBy(visitor, "/demo/cookies"));
    }
}
