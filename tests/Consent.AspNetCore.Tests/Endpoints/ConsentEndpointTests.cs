using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Consent.Abstractions;
using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.Endpoints;

public sealed class ConsentEndpointTests : IAsyncLifetime
{
    private ConsentTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsentTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("accept-all", new[] { "functional", "analytics", "marketing" })]
    [InlineData("reject-all", new string[0])]
    public async Task Post_Form_TakesTheDecisionAndRedirectsBack(string action, string[] granted)
    {
        var browser = _host.NewBrowser();

        var response = await browser.DecideAsync(action);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/article", response.Headers.Location?.OriginalString);
        var state = await browser.GetStateAsync();
        Assert.True(state.GetProperty("hasDecision").GetBoolean());
        var categories = state.GetProperty("categories").EnumerateObject().Where(p => p.Value.GetBoolean()).Select(p => p.Name);
        Assert.Equal(["necessary", .. granted], categories);
    }

    [Fact]
    [Trait("Rule", "C8")]
    public async Task Post_Save_GrantsExactlyTheChosenCategories()
    {
        var browser = _host.NewBrowser();

        await browser.DecideAsync("save", "analytics", "necessary", "analytics");

        var state = await browser.GetStateAsync();
        var granted = state.GetProperty("categories").EnumerateObject().Where(p => p.Value.GetBoolean()).Select(p => p.Name);
        Assert.Equal(["necessary", "analytics"], granted);
        Assert.Equal("save", state.GetProperty("method").GetString());
    }

    [Fact]
    public async Task Post_WritesTheConsentCookieWithItsAttributes()
    {
        var browser = _host.NewBrowser();

        await browser.DecideAsync("reject-all");

        var header = Assert.Single(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        Assert.Contains("httponly", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=15724800", header, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", header, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_OverHttps_MarksTheConsentCookieSecure()
    {
        var browser = _host.NewBrowser();
        var token = await browser.GetTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "https://localhost/consent")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("action", "reject-all")]),
        };
        request.Headers.Add("Cookie", browser.Jar.GetCookieHeader(new Uri("http://localhost/")));

        var response = await _host.Server.CreateClient().SendAsync(request);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), h => h.StartsWith("__Host-.Consent=", StringComparison.Ordinal) && h.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Is400AndChangesAndRecordsNothing()
    {
        var browser = _host.NewBrowser();

        var response = await browser.PostFormAsync("/consent", [new("action", "accept-all"), new("returnUrl", "/")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        Assert.Empty(_host.AuditLog.Events);
        Assert.False((await browser.GetStateAsync()).GetProperty("hasDecision").GetBoolean());
    }

    [Fact]
    public async Task Post_FromAnotherSite_WithTheAttackersOwnToken_Is400()
    {
        var attacker = _host.NewBrowser();
        var attackersToken = await attacker.GetTokenAsync();
        var victim = _host.NewBrowser();
        await victim.GetTokenAsync(); // the victim has their own antiforgery cookie

        var response = await victim.PostFormAsync("/consent", [new("__RequestVerificationToken", attackersToken), new("action", "accept-all")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.AuditLog.Events);
    }

    [Theory]
    [InlineData("action", "accept-everything")]
    [InlineData("action", "")]
    [InlineData("categories", "tracking")]
    [InlineData("categories", "Analytics")]
    [InlineData("layer", "popup")]
    [InlineData("textHash", "not-a-hash")]
    [InlineData("language", "ar\r\nX-Injected: 1")]
    public async Task Post_WithAnUnknownValue_Is400AndWritesNothing(string field, string value)
    {
        var browser = _host.NewBrowser();
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await browser.GetTokenAsync(),
            ["action"] = "save",
        };
        fields[field] = value;

        var response = await browser.PostFormAsync("/consent", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        Assert.Empty(_host.AuditLog.Events);
    }

    [Fact]
    public async Task Post_WithTheActionSentTwice_Is400()
    {
        var browser = _host.NewBrowser();

        var response = await browser.PostFormAsync("/consent",
            [new("__RequestVerificationToken", await browser.GetTokenAsync()), new("action", "reject-all"), new("action", "accept-all")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("///evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("http:evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%2Fevil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%252F%252Fevil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData(" //evil.example")]
    [InlineData("evil.example")]
    [InlineData("")]
    public async Task Post_WithANonLocalReturnUrl_RedirectsToTheRoot(string returnUrl)
    {
        var browser = _host.NewBrowser();

        var response = await browser.PostFormAsync("/consent",
            [new("__RequestVerificationToken", await browser.GetTokenAsync()), new("action", "reject-all"), new("returnUrl", returnUrl)]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/news/2026/article?id=5#comments")]
    [InlineData("/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1")]
    public async Task Post_WithALocalReturnUrl_RedirectsThere(string returnUrl)
    {
        var browser = _host.NewBrowser();

        var response = await browser.PostFormAsync("/consent",
            [new("__RequestVerificationToken", await browser.GetTokenAsync()), new("action", "reject-all"), new("returnUrl", returnUrl)]);

        Assert.Equal(returnUrl, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_Json_WithTheHeaderToken_AnswersTheNewState()
    {
        var browser = _host.NewBrowser();
        var request = new HttpRequestMessage(HttpMethod.Post, "/consent")
        {
            Content = JsonContent.Create(new { action = "save", categories = new[] { "functional" }, layer = "settings" }),
        };
        request.Headers.Add("RequestVerificationToken", await browser.GetTokenAsync());

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var state = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(state.GetProperty("categories").GetProperty("functional").GetBoolean());
        Assert.False(state.GetProperty("categories").GetProperty("analytics").GetBoolean());
        Assert.Equal("settings:save", Assert.Single(_host.AuditLog.Events).Control);
    }

    [Theory]
    [InlineData("{\"action\": 5}")]
    [InlineData("{\"action\": \"save\", \"categories\": \"analytics\"}")]
    [InlineData("{\"action\": \"save\", \"categories\": [1]}")]
    [InlineData("[]")]
    [InlineData("{")]
    public async Task Post_MalformedJson_Is400(string body)
    {
        var browser = _host.NewBrowser();
        var request = new HttpRequestMessage(HttpMethod.Post, "/consent") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", await browser.GetTokenAsync());

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.AuditLog.Events);
    }

    [Fact]
    public async Task Post_Json_WithoutTheHeaderToken_Is400()
    {
        var browser = _host.NewBrowser();
        await browser.GetTokenAsync();

        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/consent") { Content = JsonContent.Create(new { action = "accept-all" }) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.AuditLog.Events);
    }

    [Fact]
    public async Task Post_PlainText_Is415()
    {
        var browser = _host.NewBrowser();

        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/consent") { Content = new StringContent("action=accept-all") });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    [Trait("Rule", "C5")]
    public async Task Get_WithoutDecision_ReportsNothingGranted()
    {
        var state = await _host.NewBrowser().GetStateAsync();

        Assert.False(state.GetProperty("hasDecision").GetBoolean());
        Assert.Equal(_host.Policy.Revision, state.GetProperty("policyRevision").GetString());
        Assert.Equal(["necessary"], state.GetProperty("categories").EnumerateObject().Where(p => p.Value.GetBoolean()).Select(p => p.Name));
    }

    [Fact]
    [Trait("Rule", "R2")]
    public async Task Post_RecordsTheEventWithEveryR2Field()
    {
        var browser = _host.NewBrowser();
        var hash = await _host.Services.GetRequiredService<IConsentTextArchive>().ArchiveAsync("ar", "بيان الخصوصية", default);

        await browser.PostFormAsync("/consent",
        [
            new("__RequestVerificationToken", await browser.GetTokenAsync()),
            new("action", "save"), new("categories", "analytics"), new("layer", "settings"),
            new("language", "ar"), new("textHash", hash), new("returnUrl", "/news/1?utm=x"),
        ]);

        var recorded = Assert.Single(_host.AuditLog.Events);
        var state = await browser.GetStateAsync();
        Assert.Equal(state.GetProperty("consentId").GetString(), recorded.ConsentId.ToString());
        Assert.Equal(ConsentEventType.PartialChoice, recorded.Type);
        Assert.Equal(["necessary", "functional", "analytics", "marketing"], recorded.Categories.Select(c => c.Category));
        Assert.Equal([true, false, true, false], recorded.Categories.Select(c => c.Granted));
        Assert.Equal(_host.Policy.Revision, recorded.PolicyRevision);
        Assert.Equal("ar", recorded.Language);
        Assert.Equal(hash, recorded.BannerTextHash);
        Assert.Equal("settings:save", recorded.Control);
        Assert.Equal("localhost", recorded.Host);
        Assert.Equal("/news/1", recorded.Path);
        Assert.False(recorded.GlobalPrivacyControl);
        Assert.Null(recorded.ClientAddress);
        Assert.Null(recorded.UserAgent);
        Assert.Equal(TimeSpan.Zero, recorded.OccurredAt.Offset);
    }

    [Fact]
    public async Task Post_WhenTheAuditLogIsBusy_Is503WithRetryAfterAndNoCookie()
    {
        await using var host = await ConsentTestHost.StartAsync(services: s => s.AddSingleton<IConsentAuditLog, BusyAuditLog>());
        var browser = host.NewBrowser();

        var response = await browser.DecideAsync("accept-all");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WhenTheAuditLogFails_Is503AndTheDecisionIsNotTaken()
    {
        await using var host = await ConsentTestHost.StartAsync(services: s => s.AddSingleton<IConsentAuditLog, BrokenAuditLog>());
        var browser = host.NewBrowser();

        var response = await browser.DecideAsync("accept-all");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False((await browser.GetStateAsync()).GetProperty("hasDecision").GetBoolean());
    }

    private sealed class BusyAuditLog : IConsentAuditLog
    {
        public ValueTask<ConsentAuditAppendResult> AppendAsync(ConsentEvent consentEvent, CancellationToken cancellationToken) =>
            throw new ConsentAuditLogBusyException("full", TimeSpan.FromSeconds(3));
    }

    private sealed class BrokenAuditLog : IConsentAuditLog
    {
        public ValueTask<ConsentAuditAppendResult> AppendAsync(ConsentEvent consentEvent, CancellationToken cancellationToken) =>
            throw new IOException("disk gone");
    }
}
