using System.Text.Json;
using Consent.Storage.Tests.Hosting;
using Consent.Storage.Tests.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Storage.Tests.Preferences;

/// <summary>A signed-in user's decision follows them to a new device; anonymous visitors stay cookie-only.</summary>
public sealed class SignedInUserPreferencesTests : IAsyncLifetime
{
    private readonly SqliteStore _database = new();
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
        _database.Register(builder.Services.AddCookieConsent());
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseCookieConsent();
        _app.UseAntiforgery();
        _app.MapCookieConsent();
        _app.MapPost("/grant", (Microsoft.AspNetCore.Http.HttpContext context) =>
            context.Features.Get<Microsoft.AspNetCore.Http.Features.ITrackingConsentFeature>()!.GrantConsent());
        _app.MapGet("/token", (IAntiforgery antiforgery, Microsoft.AspNetCore.Http.HttpContext context) => antiforgery.GetAndStoreTokens(context).RequestToken);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client!.Dispose();
        await _app!.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    [Trait("Rule", "C10")]
    public async Task GetConsent_SignedInOnNewDevice_RestoresDecisionAndReissuesCookie()
    {
        var decided = await DecideAsync("alice", "accept-all");

        var (state, cookie) = await GetStateAsync("alice");

        Assert.True(state.GetProperty("hasDecision").GetBoolean());
        Assert.Equal(decided, state.GetProperty("consentId").GetString());
        Assert.True(state.GetProperty("categories").GetProperty("analytics").GetBoolean());
        Assert.NotNull(cookie);
    }

    // The restore puts a decision into force on a device that never chose: the log shows it, under the original
    // decision's consent ID, and the chain still verifies. A second request on that device, now with the cookie, adds nothing.
    [Fact]
    [Trait("Rule", "R1")]
    public async Task GetConsent_SignedInOnNewDevice_RecordsARestoreWithTheOriginalConsentId()
    {
        var decided = await DecideAsync("alice", "accept-all");

        var (_, cookie) = await GetStateAsync("alice");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/consent");
        DecisionRequests.AddUser(again, "alice");
        again.Headers.Add("Cookie", cookie!.Split(';')[0]);
        (await _client!.SendAsync(again)).EnsureSuccessStatusCode();

        var store = _app!.Services.GetRequiredService<Consent.Auditing.IConsentAuditStore>();
        var events = (await store.ReadAsync(1, 100, default)).Select(e => e.Event!).ToList();
        Assert.Equal([Consent.Auditing.ConsentEventType.Grant, Consent.Auditing.ConsentEventType.Restore], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal(decided, e.ConsentId.ToString()));
        Assert.Equal("restore:signed-in", events[1].Control);
        Assert.Equal(events[0].Categories, events[1].Categories);
        Assert.True((await store.VerifyAsync(null, default)).IsValid);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public async Task GetConsent_NewDecisionOnOtherDevice_IsWhatTheNextDeviceGets()
    {
        await DecideAsync("alice", "accept-all");
        await DecideAsync("alice", "reject-all");

        var (state, _) = await GetStateAsync("alice");

        Assert.False(state.GetProperty("categories").GetProperty("analytics").GetBoolean());
    }

    [Fact]
    public async Task GetConsent_AnonymousOrOtherUser_GetsNoServerSideDecision()
    {
        await DecideAsync("alice", "accept-all");

        var (anonymous, anonymousCookie) = await GetStateAsync(null);
        var (bob, _) = await GetStateAsync("bob");

        Assert.False(anonymous.GetProperty("hasDecision").GetBoolean());
        Assert.Null(anonymousCookie);
        Assert.False(bob.GetProperty("hasDecision").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "C10")]
    public async Task GrantConsent_SignedInThroughTrackingFeature_IsRestoredOnNewDevice()
    {
        using (var grant = new HttpRequestMessage(HttpMethod.Post, "/grant"))
        {
            DecisionRequests.AddUser(grant, "erin");
            using var response = await _client!.SendAsync(grant);
            response.EnsureSuccessStatusCode();
        }

        var (state, _) = await GetStateAsync("erin");

        Assert.True(state.GetProperty("categories").GetProperty("analytics").GetBoolean());
    }

    [Theory]
    [Trait("Rule", "C10")]
    [InlineData("other-revision")]
    [InlineData("expired")]
    public async Task GetConsent_StoredDecisionOfOtherRevisionOrExpired_IsNotRestored(string kind)
    {
        var current = await DecideAsync("carol", "accept-all");
        var preferences = _app!.Services.GetRequiredService<Consent.Auditing.IConsentPreferenceStore>();
        var stored = (await preferences.FindAsync("carol", default))!;
        await preferences.SaveAsync("dave", kind == "expired"
            ? stored with { DecidedAt = stored.DecidedAt.AddDays(-200) }
            : stored with { PolicyRevision = "00000000" }, default);

        var (state, cookie) = await GetStateAsync("dave");

        Assert.False(state.GetProperty("hasDecision").GetBoolean(), current);
        Assert.Null(cookie);
    }

    [Fact]
    public async Task PostConsent_Anonymous_StoresNoPreference()
    {
        await DecideAsync(null, "accept-all");

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM consent_preferences;";
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    private async Task<string> DecideAsync(string? user, string action)
    {
        using var request = await DecisionRequests.CreateAsync(_client!, action, user);
        using var response = await _client!.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("consentId").GetString()!;
    }

    private async Task<(JsonElement State, string? ConsentCookie)> GetStateAsync(string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/consent");
        DecisionRequests.AddUser(request, user);
        using var response = await _client!.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(c => c.StartsWith(".Consent=", StringComparison.Ordinal)) : null;
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.Clone(), cookie);
    }
}
