using Microsoft.Extensions.Hosting;

namespace Consent.Templates.Tests;

/// <summary><c>dotnet new webapp --auth Individual</c> with the library: Identity, TempData, the culture cookie and the banner tag helper.</summary>
public sealed class RazorPagesTemplateTests
{
    private const string Stylesheet = "<link rel=\"stylesheet\" href=\"/_content/Consent.Components/consent-page.css\" />";

    public static TheoryData<string?> Decisions() => [null, "accept-all", "reject-all"];

    [Fact]
    [Trait("Rule", "C11")]
    public async Task SignIn_BeforeAnyDecision_KeepsTheVisitorSignedIn()
    {
        using var host = await TemplateSites.RazorPagesAsync();
        var browser = new TemplateBrowser(host);

        var home = await browser.SubmitAsync(await browser.GetAsync("/Account/Login"), "login-form");

        Assert.Contains($"<h1 id=\"user\">{TemplateSites.UserName}</h1>", home, StringComparison.Ordinal);
        Assert.True(browser.Cookies.ContainsKey(".AspNetCore.Identity.Application"));
        Assert.False(browser.Cookies.ContainsKey("_ga"));
        Assert.Contains("id=\"consent-banner\"", home, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    [Trait("Rule", "C11")]
    public async Task TempData_AfterPostRedirectGet_ShowsTheStatusMessageOnce(string? decision)
    {
        using var host = await TemplateSites.RazorPagesAsync();
        var browser = new TemplateBrowser(host);
        await Decide(browser, decision);

        var afterPost = await browser.SubmitAsync(await browser.GetAsync("/Profile"), "profile-form");
        var reload = await browser.GetAsync("/Profile");

        Assert.Contains("<p id=\"status\">Your profile has been updated</p>", afterPost, StringComparison.Ordinal);
        Assert.Contains("<p id=\"status\">none</p>", reload, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "A4")]
    public async Task BannerTagHelper_BeforeADecision_RendersTheBannerAndItsPageStylesheet()
    {
        using var host = await TemplateSites.RazorPagesAsync();
        var browser = new TemplateBrowser(host);

        var page = await browser.GetAsync("/");

        Assert.Contains(Stylesheet, page, StringComparison.Ordinal);
        Assert.Contains("<section id=\"consent-banner\"", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf(Stylesheet, StringComparison.Ordinal) < page.IndexOf("id=\"consent-banner\"", StringComparison.Ordinal));
        Assert.Contains("consent=settings", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accept-all", true)]
    [InlineData("reject-all", false)]
    [Trait("Rule", "C1")]
    public async Task Banner_AcceptOrReject_HidesTheBannerAndDecidesTheAnalyticsCookie(string action, bool analytics)
    {
        using var host = await TemplateSites.RazorPagesAsync();
        var browser = new TemplateBrowser(host);

        var after = await browser.DecideAsync(await browser.GetAsync("/"), action);

        Assert.DoesNotContain("id=\"consent-banner\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain(Stylesheet, after, StringComparison.Ordinal);
        Assert.Equal(analytics, browser.Cookies.ContainsKey("_ga"));
        Assert.True(browser.Cookies.ContainsKey(".Consent"));
    }

    [Fact]
    [Trait("Rule", "C11")]
    public async Task CultureSwitch_BeforeAnyDecision_IsRememberedAndTheBannerSpeaksIt()
    {
        using var host = await TemplateSites.RazorPagesAsync();
        var browser = new TemplateBrowser(host);

        var page = await browser.GetAsync("/culture?c=ar");

        Assert.True(browser.Cookies.ContainsKey(".AspNetCore.Culture"));
        Assert.Matches("<section id=\"consent-banner\"[^>]*lang=\"ar\"[^>]*dir=\"rtl\"", page);
        Assert.Contains("أوافق", page, StringComparison.Ordinal);
    }

    internal static async Task Decide(TemplateBrowser browser, string? decision)
    {
        if (decision is not null)
        {
            await browser.DecideAsync(await browser.GetAsync("/"), decision);
        }
    }
}
