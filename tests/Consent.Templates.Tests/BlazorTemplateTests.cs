namespace Consent.Templates.Tests;

/// <summary><c>dotnet new blazor</c> (static server rendering) with the library: banner, gate, culture switch.</summary>
public sealed class BlazorTemplateTests
{
    [Theory]
    [InlineData("accept-all", true)]
    [InlineData("reject-all", false)]
    [Trait("Rule", "C1")]
    public async Task Banner_AcceptOrReject_DecidesWhatTheGateShows(string action, bool analytics)
    {
        using var host = await TemplateSites.BlazorAsync();
        var browser = new TemplateBrowser(host);
        var before = await browser.GetAsync("/");

        var after = await browser.DecideAsync(before, action);

        Assert.Contains("_content/Consent.Components/consent-page.css", before, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"analytics\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"consent-banner\"", after, StringComparison.Ordinal);
        Assert.Equal(analytics, after.Contains("id=\"analytics\"", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "C11")]
    public async Task CultureSwitch_BeforeAnyDecision_IsRememberedAndTheBannerSpeaksIt()
    {
        using var host = await TemplateSites.BlazorAsync();
        var browser = new TemplateBrowser(host);

        var page = await browser.GetAsync("/culture?c=fr");

        Assert.True(browser.Cookies.ContainsKey(".AspNetCore.Culture"));
        Assert.Matches("<section id=\"consent-banner\"[^>]*lang=\"fr\"", page);
    }
}
