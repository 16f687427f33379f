using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Consent.Storage.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Storage.Tests.Hosting;

/// <summary>Two instances of a site share one PostgreSQL database and one Data Protection key ring.</summary>
public sealed class WebFarmTests : IAsyncLifetime
{
    private readonly PostgreSqlStore _database = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("consent-keys-").FullName;

    private Dictionary<string, string> Settings => new()
    {
        ["Consent:Audit:Provider"] = "PostgreSql",
        ["Consent:Audit:ConnectionString"] = _database.ConnectionString,
        ["Test:KeysDirectory"] = _keys,
    };

    public Task InitializeAsync()
    {
        // A farm's key ring is provisioned before its instances start, as in production. Left to the instances, two
        // starting together can each create a key before seeing the other's, and one then cannot read the other's
        // cookies until its key ring refreshes (seen once in a loaded CI run).
        DataProtectionProvider.Create(new DirectoryInfo(_keys), b => b.SetApplicationName("consent-storage-tests"))
            .CreateProtector("provision").Protect("key ring");
        return _database.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "L1")]
    public async Task AcceptAll_ThousandDecisionsOnTwoInstances_OneChainOfExactlyThousandEvents()
    {
        await using var first = await TestSite.StartAsync(Settings);
        await using var second = await TestSite.StartAsync(Settings);
        var load = new DecisionLoad();

        await Task.WhenAll(
            load.RunAsync(first, workers: 16, total: 500, CancellationToken.None),
            load.RunAsync(second, workers: 16, total: 500, CancellationToken.None));

        Assert.Equal(1000, load.Acknowledged.Count);
        var (verification, logged) = await AuditStoreReader.InspectAsync(b => b.AddPostgreSqlAuditLog(_database.ConnectionString));
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(1000, verification.EventCount);
        Assert.Subset(logged, load.Acknowledged.Keys.ToHashSet());
    }

    [Fact]
    public async Task GetConsent_CookieIssuedByOtherInstance_IsHonoured()
    {
        await using var first = await TestSite.StartAsync(Settings);
        await using var second = await TestSite.StartAsync(Settings);
        var decided = await first.AcceptAllAsync(await first.GetAntiforgeryAsync());
        Assert.True(decided is not null, $"The first instance did not take the decision:\n{first.Output}");
        var (consentId, cookie) = decided.Value;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/consent");
        request.Headers.Add("Cookie", cookie);
        using var response = await second.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var state = JsonDocument.Parse(body);

        Assert.True(state.RootElement.GetProperty("hasDecision").GetBoolean(), $"{(int)response.StatusCode} {body}\n{second.Output}");
        Assert.Equal(consentId, state.RootElement.GetProperty("consentId").GetString());
    }
}
