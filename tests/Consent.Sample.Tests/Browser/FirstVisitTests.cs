using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>What a visitor's own browser holds, in a fresh profile, before and after a choice.</summary>
public sealed class FirstVisitTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _fixture;

    public FirstVisitTests(BrowserFixture fixture) => _fixture = fixture;

    private static readonly string[] OptionalCookies = ["demo_pref", "_ga", "ad_id", "_ga_demo"];

    [Fact]
    public async Task FirstVisit_TheJarHoldsOnlyNecessaryCookies_C1()
    {
        await using var context = await _fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GotoAsync("/demo/cookies");

        var names = (await context.CookiesAsync()).Select(c => c.Name).ToList();
        Assert.Contains("demo_session", names);
        Assert.DoesNotContain(names, n => OptionalCookies.Contains(n) || n == "mystery");
    }

    [Fact]
    public async Task Accept_ThenDemoCookies_TheJarHoldsTheOptionalOnes()
    {
        await using var context = await _fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "أوافق", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/");
        await page.GotoAsync("/demo/cookies");

        var names = (await context.CookiesAsync()).Select(c => c.Name).ToList();
        Assert.Contains(".Consent", names);
        Assert.Contains("_ga", names);
        Assert.Contains("ad_id", names);
        Assert.DoesNotContain("mystery", names);
    }
}
