using System.Collections.Concurrent;

namespace Consent.Storage.Tests.Hosting;

/// <summary>Many visitors deciding at once against one site; remembers every decision the site acknowledged.</summary>
internal sealed class DecisionLoad
{
    public ConcurrentDictionary<string, string> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="workers"/> visitors until <paramref name="total"/> decisions were tried or the site stops answering.</summary>
    public async Task RunAsync(TestSite site, int workers, int total, CancellationToken stop)
    {
        var antiforgery = await site.GetAntiforgeryAsync();
        var remaining = total;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && Interlocked.Decrement(ref remaining) >= 0)
            {
                try
                {
                    if (await site.AcceptAllAsync(antiforgery) is { } decision)
                    {
                        Acknowledged[decision.ConsentId] = decision.ConsentCookie;
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    return; // The site went away: from here on nothing is acknowledged.
                }
            }
        }, CancellationToken.None)));
    }

    public async Task WaitForAsync(int acknowledged, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Acknowledged.Count < acknowledged && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }
}
