using System.Net;
using System.Text;
using Consent.AspNetCore.Tests.Infrastructure;

namespace Consent.AspNetCore.Tests.Endpoints;

/// <summary>
/// The edges of <c>POST /consent</c> (issue 12, items 6 and 8): a return URL the <c>Location</c> header cannot carry
/// as written, unknown fields, duplicate JSON keys and an over-large form. None may record a decision the response
/// does not carry.
/// </summary>
public sealed class EndpointInputTests
{
    [Theory]
    [Trait("Rule", "R1")]
    [InlineData("/أخبار", "/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1")]
    [InlineData("/é", "/%C3%A9")]
    [InlineData("/ok?x=é", "/ok?x=%C3%A9")]
    [InlineData("/ok?x=%C3%A9", "/ok?x=%C3%A9")]
    [InlineData("/😀", "/%F0%9F%98%80")]
    public async Task Post_WithANonAsciiReturnUrl_OnKestrel_RedirectsThereAndCarriesTheDecision(string returnUrl, string location)
    {
        await using var host = await ConsentTestHost.StartAsync(kestrel: true);
        var browser = host.NewBrowser();

        var response = await browser.PostFormAsync("/consent",
            [new("__RequestVerificationToken", await browser.GetTokenAsync()), new("action", "accept-all"), new("returnUrl", returnUrl)]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        Assert.Contains(".Consent", browser.Cookies.Keys);
        Assert.Single(host.AuditLog.Events);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Post_WithAnUnknownFormField_Is400NamingIt_AndRecordsNothing()
    {
        await using var host = await ConsentTestHost.StartAsync();
        var browser = host.NewBrowser();

        var response = await browser.PostFormAsync("/consent",
            [new("__RequestVerificationToken", await browser.GetTokenAsync()), new("action", "accept-all"), new("categorys", "marketing"), new("x\u202Ey", "1")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"categorys\"", message, StringComparison.Ordinal);
        Assert.Contains("\"xy\"", message, StringComparison.Ordinal);
        Assert.Empty(host.AuditLog.Events);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Rule", "R1")]
    [InlineData("""{"action":"reject-all","action":"accept-all"}""", "more than once", "\"action\"")]
    [InlineData("""{"action":"save","categories":["analytics"],"categories":["marketing"]}""", "more than once", "\"categories\"")]
    [InlineData("""{"action":"accept-all","grantAll":true}""", "Unknown JSON key", "\"grantAll\"")]
    public async Task Post_JsonWithADuplicateOrUnknownKey_Is400NamingIt_AndRecordsNothing(string body, string says, string names)
    {
        await using var host = await ConsentTestHost.StartAsync();
        var browser = host.NewBrowser();
        var request = new HttpRequestMessage(HttpMethod.Post, "/consent") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", await browser.GetTokenAsync());

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await response.Content.ReadAsStringAsync();
        Assert.Contains(says, message, StringComparison.Ordinal);
        Assert.Contains(names, message, StringComparison.Ordinal);
        Assert.Empty(host.AuditLog.Events);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.Contains("Consent=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WithMoreFormFieldsThanTheServerTakes_Is400SayingTheFormIsTooLarge()
    {
        await using var host = await ConsentTestHost.StartAsync();
        var browser = host.NewBrowser();
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", await browser.GetTokenAsync()), new("action", "accept-all") };
        fields.AddRange(Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>("categories", "analytics")));

        var response = await browser.PostFormAsync("/consent", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await response.Content.ReadAsStringAsync();
        Assert.Contains("form is too large", message, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(host.AuditLog.Events);
    }
}
