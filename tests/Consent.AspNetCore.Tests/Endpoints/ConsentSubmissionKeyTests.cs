using System.Net;
using System.Text;
using System.Text.Json;
using Consent.Abstractions;
using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Auditing;

namespace Consent.AspNetCore.Tests.Endpoints;

/// <summary>
/// Issue 14: a consent form carries a submission key, so that a retry of the same submission (its acknowledgement
/// lost) is answered from the first record instead of being logged twice (R1: one decision, one event).
/// </summary>
public sealed class ConsentSubmissionKeyTests : IAsyncLifetime
{
    private static readonly Uri Site = new("http://localhost/");
    private ConsentTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsentTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Post_RetryAfterTheAnswerWasLost_IsAnsweredFromTheFirstEventAndRecordsNothing()
    {
        var browser = _host.NewBrowser();
        var fields = await FormAsync(browser, "save", ConsentSubmissionKey.New(), "analytics");

        var first = await browser.PostFormAsync("/consent", fields);
        var firstState = await browser.GetStateAsync();
        ForgetConsentCookie(browser); // the answer never reached the browser
        Assert.False((await browser.GetStateAsync()).GetProperty("hasDecision").GetBoolean());
        var retry = await browser.PostFormAsync("/consent", fields);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(first.StatusCode, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Contains(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        var retryState = await browser.GetStateAsync();
        Assert.Equal(firstState.GetProperty("consentId").GetString(), retryState.GetProperty("consentId").GetString());
        Assert.Equal(firstState.GetProperty("decidedAt").GetString(), retryState.GetProperty("decidedAt").GetString());
        Assert.Equal(firstState.GetProperty("categories").ToString(), retryState.GetProperty("categories").ToString());
        var recorded = Assert.Single(_host.AuditLog.Events);
        Assert.Equal(fields.Single(f => f.Key == ConsentFormNames.SubmissionKey).Value, recorded.SubmissionKey);
        Assert.Equal(firstState.GetProperty("consentId").GetString(), recorded.ConsentId.ToString());
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Post_DoubleSubmitWithTheCookieAlreadyKept_RecordsOneEvent()
    {
        var browser = _host.NewBrowser();
        var fields = await FormAsync(browser, "accept-all", ConsentSubmissionKey.New());

        await browser.PostFormAsync("/consent", fields);
        var again = await browser.PostFormAsync("/consent", fields);

        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Single(_host.AuditLog.Events);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task PostJson_RetryWithTheSameKey_AnswersTheFirstStateAndRecordsNothing()
    {
        var browser = _host.NewBrowser();
        var key = ConsentSubmissionKey.New();

        using var first = await PostJsonAsync(browser, $$"""{"action":"reject-all","submissionKey":"{{key}}"}""");
        var firstBody = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        ForgetConsentCookie(browser);
        using var retry = await PostJsonAsync(browser, $$"""{"action":"reject-all","submissionKey":"{{key}}"}""");
        var retryBody = JsonDocument.Parse(await retry.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(firstBody.GetProperty("consentId").GetString(), retryBody.GetProperty("consentId").GetString());
        Assert.Single(_host.AuditLog.Events);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Post_SameKeyWithAnotherChoice_IsAConflictAndRecordsNothing()
    {
        var browser = _host.NewBrowser();
        var key = ConsentSubmissionKey.New();
        await browser.PostFormAsync("/consent", await FormAsync(browser, "accept-all", key));
        ForgetConsentCookie(browser);

        var conflict = await browser.PostFormAsync("/consent", await FormAsync(browser, "reject-all", key));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        Assert.False((await browser.GetStateAsync()).GetProperty("hasDecision").GetBoolean());
        Assert.Equal(ConsentEventType.Grant, Assert.Single(_host.AuditLog.Events).Type);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public async Task Post_SameKeyRecordedUnderAnotherPolicyRevision_IsAConflict_NotConsentToTheNewPurposes()
    {
        var browser = _host.NewBrowser();
        await browser.PostFormAsync("/consent", await FormAsync(browser, "accept-all", ConsentSubmissionKey.New()));
        ForgetConsentCookie(browser);
        var key = ConsentSubmissionKey.New();
        var earlier = Assert.Single(_host.AuditLog.Events) with { SubmissionKey = key, PolicyRevision = "0badc0de" };
        await _host.AuditLog.AppendAsync(earlier, CancellationToken.None);

        var conflict = await browser.PostFormAsync("/consent", await FormAsync(browser, "accept-all", key));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        Assert.Equal(2, _host.AuditLog.Events.Count);
    }

    [Fact]
    public async Task Post_SameKeyWithOtherCategories_IsAConflict()
    {
        var browser = _host.NewBrowser();
        var key = ConsentSubmissionKey.New();
        await browser.PostFormAsync("/consent", await FormAsync(browser, "save", key, "analytics"));

        var conflict = await browser.PostFormAsync("/consent", await FormAsync(browser, "save", key, "marketing"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Single(_host.AuditLog.Events);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    public async Task Post_MalformedKey_IsRefusedAndRecordsNothing(string key)
    {
        var browser = _host.NewBrowser();

        var response = await browser.PostFormAsync("/consent", await FormAsync(browser, "accept-all", key));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ConsentFormNames.SubmissionKey, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_host.AuditLog.Events);
    }

    [Fact]
    public async Task Post_KeySentTwice_IsRefusedAndRecordsNothing()
    {
        var browser = _host.NewBrowser();
        var key = ConsentSubmissionKey.New();
        var fields = await FormAsync(browser, "accept-all", key);
        fields.Add(new(ConsentFormNames.SubmissionKey, key));

        var response = await browser.PostFormAsync("/consent", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.AuditLog.Events);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("\"\"")]
    public async Task PostJson_KeyThatIsNotAKeyString_IsRefused(string value)
    {
        var browser = _host.NewBrowser();

        using var response = await PostJsonAsync(browser, $$"""{"action":"accept-all","submissionKey":{{value}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.AuditLog.Events);
    }

    // Pages rendered before the key existed, and other clients, still post without one: each post is recorded.
    [Fact]
    [Trait("Rule", "R1")]
    public async Task Post_WithoutKey_IsRecordedEveryTimeAsBefore()
    {
        var browser = _host.NewBrowser();

        await browser.DecideAsync("accept-all");
        await browser.DecideAsync("accept-all");

        Assert.Equal(2, _host.AuditLog.Events.Count);
        Assert.All(_host.AuditLog.Events, e => Assert.Null(e.SubmissionKey));
    }

    private static async Task<List<KeyValuePair<string, string>>> FormAsync(TestBrowser browser, string action, string key, params string[] categories)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", await browser.GetTokenAsync()),
            new(ConsentFormNames.Action, action),
            new(ConsentFormNames.ReturnUrl, "/article"),
            new(ConsentFormNames.SubmissionKey, key),
        };
        fields.AddRange(categories.Select(c => new KeyValuePair<string, string>(ConsentFormNames.Categories, c)));
        return fields;
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(TestBrowser browser, string json)
    {
        var token = await browser.GetTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/consent") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", token);
        return await browser.SendAsync(request);
    }

    private static void ForgetConsentCookie(TestBrowser browser)
    {
        foreach (Cookie cookie in browser.Jar.GetCookies(Site))
        {
            if (cookie.Name.EndsWith(".Consent", StringComparison.Ordinal))
            {
                cookie.Expired = true;
            }
        }
    }
}
