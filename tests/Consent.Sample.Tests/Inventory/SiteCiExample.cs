using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consent.Sample.Tests.Inventory;

/// <summary>
/// The README's example of a site's own CI check, word for word between the markers (<see cref="ReadmeExampleTests"/>
/// keeps the two the same), so that the tests run what the README shows.
/// </summary>
internal static class SiteCiExample
{
    // readme-example-start
    public static async Task AssertPageSetsNoUndeclaredCookieAsync(WebApplicationFactory<Program> site, string page)
    {
        using var client = site.WithWebHostBuilder(b => b.UseSetting("Consent:Inventory:Enabled", "true")).CreateClient();
        (await client.GetAsync(page)).EnsureSuccessStatusCode();

        using var inventory = JsonDocument.Parse(await client.GetStringAsync("/consent/inventory"));
        var undeclared = inventory.RootElement.GetProperty("cookies").EnumerateArray()
            .Select(cookie => cookie.GetProperty("declaration").GetProperty("csharp").GetString())
            .ToList();
        Assert.True(undeclared.Count == 0, $"{page} sets undeclared cookies. Declare them:\n{string.Join('\n', undeclared)}");
    }
    // readme-example-end
}
