using System.Net;
using System.Text.Json;

namespace Consent.Sample.Tests.Inventory;

/// <summary>The sample sets Meta's <c>_fbp</c> without declaring it, so that /consent/inventory has something to show.</summary>
public sealed class SampleInventoryTests : IClassFixture<SampleFactory>
{
    private readonly SampleFactory _sample;

    public SampleInventoryTests(SampleFactory sample) => _sample = sample;

    [Fact]
    [Trait("Rule", "C11")]
    public async Task Inventory_AfterTheDemoCookies_ListsFbpWithTheOpenCookieDatabasesSuggestion()
    {
        using var visitor = _sample.NewVisitor();
        (await visitor.GetAsync("/demo/cookies")).EnsureSuccessStatusCode();

        var response = await visitor.GetAsync("/consent/inventory");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("cookies");
        var fbp = Assert.Single(cookies.EnumerateArray(), c => c.GetProperty("name").GetString() == "_fbp");
        Assert.Contains("/demo/cookies", fbp.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        var suggestion = fbp.GetProperty("suggestion");
        Assert.Equal(("marketing", "Facebook", "Open Cookie Database"), (suggestion.GetProperty("category").GetString(), suggestion.GetProperty("provider").GetString(), suggestion.GetProperty("source").GetString()));
        Assert.StartsWith("options.Cookies.Add(new DeclaredCookie { Name = \"_fbp\"", fbp.GetProperty("declaration").GetProperty("csharp").GetString(), StringComparison.Ordinal);
        Assert.Contains(cookies.EnumerateArray(), c => c.GetProperty("name").GetString() == "mystery" && c.GetProperty("suggestion").ValueKind == JsonValueKind.Null);
    }
}
