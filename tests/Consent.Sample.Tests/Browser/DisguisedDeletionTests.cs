namespace Consent.Sample.Tests.Browser;

/// <summary>
/// Cookies dressed as deletions, from a hostile page, against a real Chromium: its cookie jar must hold none of the
/// refused ones, while the same headers under a necessary name show that Chromium would have kept them.
/// </summary>
[Collection(BrowserScenarios.Name)]
public sealed class DisguisedDeletionTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Rule", "C1")]
    public async Task AHostilePageWritingDisguisedDeletions_LeavesNoOptionalCookieInChromium()
    {
        await using var host = await HostileHost.StartAsync();
        await using var context = await fixture.Browser.NewContextAsync(new() { BaseURL = host.Address.ToString() });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/x/hostile");

        Assert.True(response!.Ok);
        var names = (await context.CookiesAsync()).Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
        Assert.DoesNotContain(names, name => name.StartsWith("_ga_d", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, HostileHost.Count).Select(i => $"keep_d{i}").Order(StringComparer.Ordinal), names);
    }
}
