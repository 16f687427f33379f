using System.Text.Json;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>Google Consent Mode: what a Google tag would read from <c>window.dataLayer</c>.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class ConsentModeTests(BrowserFixture fixture)
{
    private static readonly string[] ConsentSignals =
        ["ad_storage", "ad_user_data", "ad_personalization", "analytics_storage", "functionality_storage", "personalization_storage"];

    [Theory]
    [InlineData("أوافق", "granted")]
    [InlineData("أرفض", "denied")]
    public async Task DataLayer_HoldsAllDeniedDefaults_BeforeAChoice_AndTheUpdateAfterIt(string button, string expected)
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (_, page, banner) = visit;

        var defaults = Assert.Single(await DataLayerAsync(page));
        AssertCommand(defaults, "default", "denied");

        await banner.DecideAsync(button == "أوافق" ? banner.Accept : banner.Reject);

        var after = await DataLayerAsync(page);
        Assert.Equal(2, after.Count);
        AssertCommand(after[0], "default", "denied");
        AssertCommand(after[1], "update", expected);
    }

    // security_storage is granted in both: it covers security cookies, which need no consent.
    private static void AssertCommand(JsonElement entry, string command, string expected)
    {
        Assert.Equal("consent", entry[0].GetString());
        Assert.Equal(command, entry[1].GetString());
        var signals = entry[2];
        Assert.All(ConsentSignals, signal => Assert.Equal(expected, signals.GetProperty(signal).GetString()));
        Assert.Equal("granted", signals.GetProperty("security_storage").GetString());
    }

    // dataLayer holds `arguments` objects; copy them into arrays so that they cross to .NET as JSON.
    private static async Task<IReadOnlyList<JsonElement>> DataLayerAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("() => (window.dataLayer || []).map(entry => Array.from(entry))");
        return [.. json.EnumerateArray()];
    }
}
