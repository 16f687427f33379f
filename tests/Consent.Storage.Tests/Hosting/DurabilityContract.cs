using Consent.Storage.Tests.Storage;

namespace Consent.Storage.Tests.Hosting;

/// <summary>
/// POST /consent answers only after its event is durable: a site killed or stopped under load has every
/// acknowledged decision in its log, in one valid chain. Run against each store.
/// </summary>
public abstract class DurabilityContract<TStore> : IAsyncLifetime
    where TStore : StoreUnderTest, new()
{
    private readonly TStore _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "L1")]
    public async Task Kill_MidLoad_EveryAcknowledgedDecisionIsInTheValidChain()
    {
        await using var site = await TestSite.StartAsync(Settings());
        var load = new DecisionLoad();
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(site, workers: 32, total: 100_000, stop.Token);

        await load.WaitForAsync(300, TimeSpan.FromSeconds(20));
        await site.KillAsync();
        await stop.CancelAsync();
        await running;

        Assert.True(load.Acknowledged.Count >= 300, $"only {load.Acknowledged.Count} decisions acknowledged before the kill\n{site.Output}");
        await AssertEveryAcknowledgedDecisionIsLoggedAsync(load);
    }

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "L1")]
    public async Task Terminate_FullQueue_DrainsItAndEveryAcknowledgedDecisionIsLogged()
    {
        // Slow commits and a small queue keep the queue full when the stop signal arrives.
        await using var site = await TestSite.StartAsync(Settings(new()
        {
            ["Test:CommitDelayMilliseconds"] = "100",
            ["Consent:Audit:QueueCapacity"] = "16",
            ["Consent:Audit:QueueTimeout"] = "00:00:10",
        }));
        var load = new DecisionLoad();
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(site, workers: 64, total: 100_000, stop.Token);

        await load.WaitForAsync(64, TimeSpan.FromSeconds(20));
        var exitCode = await site.TerminateAsync();
        await stop.CancelAsync();
        await running;

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{site.Output}");
        var depth = System.Text.RegularExpressions.Regex.Match(site.Output, @"queue depth at stop signal: (\d+)");
        Assert.True(depth.Success && int.Parse(depth.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, $"the queue was empty at the stop signal\n{site.Output}");
        await AssertEveryAcknowledgedDecisionIsLoggedAsync(load);
    }

    private Dictionary<string, string> Settings(Dictionary<string, string>? extra = null) => new(extra ?? [])
    {
        ["Consent:Audit:Provider"] = _database.Provider,
        ["Consent:Audit:ConnectionString"] = _database.ConnectionString,
    };

    private async Task AssertEveryAcknowledgedDecisionIsLoggedAsync(DecisionLoad load)
    {
        var (verification, logged) = await AuditStoreReader.InspectAsync(_database.Register);
        Assert.True(verification.IsValid, verification.Message);
        var missing = load.Acknowledged.Keys.Where(id => !logged.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged decisions are not in the log, such as {missing.FirstOrDefault()}");
    }
}
