using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Auditing;

namespace Consent.AspNetCore.Tests.Middleware;

public sealed class GlobalPrivacyControlTests : IAsyncLifetime
{
    private ConsentTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    [Trait("Rule", "G1")]
    public async Task AcceptAll_UnderGpc_LeavesSaleOrSharingOff()
    {
        var browser = _host.NewBrowser(globalPrivacyControl: true);

        await browser.DecideAsync("accept-all");
        await browser.GetAsync("/set?name=ad_id&how=raw-append");
        await browser.GetAsync("/set?name=_ga&how=append");

        Assert.False(browser.Cookies.ContainsKey("ad_id"));
        Assert.True(browser.Cookies.ContainsKey("_ga"));
        var state = await browser.GetStateAsync();
        Assert.False(state.GetProperty("categories").GetProperty("marketing").GetBoolean());
        Assert.True(state.GetProperty("globalPrivacyControl").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "G1")]
    public async Task AcceptAll_UnderGpc_IsRecordedAsGpcOptOut()
    {
        var browser = _host.NewBrowser(globalPrivacyControl: true);

        await browser.DecideAsync("accept-all");

        var recorded = Assert.Single(_host.AuditLog.Events);
        Assert.Equal(ConsentEventType.GpcOptOut, recorded.Type);
        Assert.True(recorded.GlobalPrivacyControl);
        Assert.DoesNotContain(recorded.Categories, c => c.Category == ConsentCategory.Marketing && c.Granted);
    }

    [Fact]
    [Trait("Rule", "G1")]
    public async Task AcceptAllFromTheSettingsPanelsFooter_UnderGpc_LeavesSaleOrSharingOff_EvenWithItsSwitchTicked()
    {
        // The panel's «أوافق» posts the settings form, switches included: accepting all is still not an opt-in.
        var browser = _host.NewBrowser(globalPrivacyControl: true);

        await browser.DecideFromAsync("settings", "accept-all", ConsentCategory.Marketing);
        await browser.GetAsync("/set?name=ad_id&how=append");

        Assert.False(browser.Cookies.ContainsKey("ad_id"));
        var recorded = Assert.Single(_host.AuditLog.Events);
        Assert.Equal(ConsentEventType.GpcOptOut, recorded.Type);
        Assert.DoesNotContain(recorded.Categories, c => c.Category == ConsentCategory.Marketing && c.Granted);
    }

    [Fact]
    [Trait("Rule", "G3")]
    public async Task ExplicitOptIn_UnderGpc_GrantsSaleOrSharing()
    {
        var browser = _host.NewBrowser(globalPrivacyControl: true);

        await browser.DecideFromAsync("settings", "save", ConsentCategory.Marketing);
        await browser.GetAsync("/set?name=ad_id&how=append");

        Assert.True(browser.Cookies.ContainsKey("ad_id"));
        Assert.True(Assert.Single(_host.AuditLog.Events).GlobalPrivacyControl);
    }

    [Fact]
    [Trait("Rule", "G1")]
    public async Task EarlierGrant_WithoutGpc_IsNotHonouredOnceGpcArrives()
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("accept-all");
        await browser.GetAsync("/set?name=ad_id&how=append");
        Assert.True(browser.Cookies.ContainsKey("ad_id"));

        browser.GlobalPrivacyControl = true;
        await browser.GetAsync("/set?name=ad_id&how=append");

        Assert.False(browser.Cookies.ContainsKey("ad_id"));
    }

    [Theory]
    [Trait("Rule", "G1")]
    [Trait("Rule", "G3")]
    [InlineData(null)]
    [InlineData("banner")]
    [InlineData("placeholder")]
    [InlineData("page")]
    [InlineData("api")]
    public async Task SaveWithMarketing_UnderGpc_FromAnyLayerButSettings_LeavesItOff(string? layer)
    {
        var browser = _host.NewBrowser(globalPrivacyControl: true);

        await browser.DecideFromAsync(layer, "save", ConsentCategory.Marketing, ConsentCategory.Analytics);
        await browser.GetAsync("/set?name=ad_id&how=append");

        Assert.False(browser.Cookies.ContainsKey("ad_id"));
        var state = await browser.GetStateAsync();
        Assert.False(state.GetProperty("categories").GetProperty("marketing").GetBoolean());
        Assert.True(state.GetProperty("categories").GetProperty("analytics").GetBoolean());
        var recorded = Assert.Single(_host.AuditLog.Events);
        Assert.DoesNotContain(recorded.Categories, c => c.Category == ConsentCategory.Marketing && c.Granted);
    }

    [Fact]
    [Trait("Rule", "G1")]
    public async Task JsonSaveWithMarketing_UnderGpc_LeavesItOff()
    {
        var browser = _host.NewBrowser(globalPrivacyControl: true);
        var request = new HttpRequestMessage(HttpMethod.Post, "/consent")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { action = "save", categories = new[] { "marketing" }, layer = "api" }),
        };
        request.Headers.Add("RequestVerificationToken", await browser.GetTokenAsync());

        var response = await browser.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.False((await browser.GetStateAsync()).GetProperty("categories").GetProperty("marketing").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "G1")]
    public async Task CustomChoiceWithoutGpc_IsNotAnOptInUnderALaterGpcSignal()
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("save", ConsentCategory.Marketing);

        browser.GlobalPrivacyControl = true;
        var state = await browser.GetStateAsync();

        Assert.False(state.GetProperty("categories").GetProperty("marketing").GetBoolean());
    }
}
