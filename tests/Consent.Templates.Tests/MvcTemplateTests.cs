namespace Consent.Templates.Tests;

/// <summary><c>dotnet new mvc</c> with the library: Session, TempData and the banner tag helper.</summary>
public sealed class MvcTemplateTests
{
    public static TheoryData<string?> Decisions() => [null, "accept-all", "reject-all"];

    [Theory]
    [MemberData(nameof(Decisions))]
    [Trait("Rule", "C11")]
    public async Task Session_WithDefaultOptions_CountsVisitsBeforeAndAfterADecision(string? decision)
    {
        using var host = await TemplateSites.MvcAsync();
        var browser = new TemplateBrowser(host);
        var first = await browser.GetAsync("/");
        if (decision is not null)
        {
            first = await browser.DecideAsync(first, decision);
        }

        var next = await browser.GetAsync("/");

        Assert.Contains(decision is null ? "<p id=\"visits\">1</p>" : "<p id=\"visits\">2</p>", first, StringComparison.Ordinal);
        Assert.Contains(decision is null ? "<p id=\"visits\">2</p>" : "<p id=\"visits\">3</p>", next, StringComparison.Ordinal);
        Assert.True(browser.Cookies.ContainsKey(".AspNetCore.Session"));
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    [Trait("Rule", "C11")]
    public async Task TempData_AfterPostRedirectGet_ShowsTheMessage(string? decision)
    {
        using var host = await TemplateSites.MvcAsync();
        var browser = new TemplateBrowser(host);
        var page = await browser.GetAsync("/");
        if (decision is not null)
        {
            page = await browser.DecideAsync(page, decision);
        }

        var afterPost = await browser.SubmitAsync(page, "save-form");

        Assert.Contains("<p id=\"message\">Saved</p>", afterPost, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "A4")]
    public async Task BannerTagHelper_InAnMvcLayout_RendersTheBannerWithItsStylesheetUntilADecision()
    {
        using var host = await TemplateSites.MvcAsync();
        var browser = new TemplateBrowser(host);

        var before = await browser.GetAsync("/");
        var after = await browser.DecideAsync(before, "reject-all");

        Assert.Contains("<link rel=\"stylesheet\" href=\"/_content/Consent.Components/consent-page.css\" />", before, StringComparison.Ordinal);
        Assert.Contains("<section id=\"consent-banner\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("consent-banner", after, StringComparison.Ordinal);
    }
}
