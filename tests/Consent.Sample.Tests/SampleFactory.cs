using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consent.Sample.Tests;

/// <summary>The sample site in memory, with a browser-like client that keeps cookies and does not follow redirects.</summary>
public sealed partial class SampleFactory : WebApplicationFactory<Program>
{
    public HttpClient NewVisitor() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Reads the antiforgery token from the page's consent form.</summary>
    public static async Task<string> TokenFromPageAsync(HttpClient visitor, string path = "/")
    {
        var html = await visitor.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
