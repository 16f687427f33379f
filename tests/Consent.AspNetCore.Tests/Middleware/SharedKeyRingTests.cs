using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;

namespace Consent.AspNetCore.Tests.Middleware;

public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task ConsentCookie_IssuedByOneInstance_IsHonouredByAnotherWithTheSameKeyRing()
    {
        var keyRing = new EphemeralDataProtectionProvider();
        await using var first = await ConsentTestHost.StartAsync(dataProtection: keyRing);
        await using var second = await ConsentTestHost.StartAsync(dataProtection: keyRing);
        var onFirst = first.NewBrowser();
        await onFirst.DecideAsync("save", ConsentCategory.Analytics);
        var onSecond = second.NewBrowser();
        onSecond.Jar.Add(onFirst.Jar.GetCookies(new Uri("http://localhost/")));

        var state = await onSecond.GetStateAsync();

        Assert.True(state.GetProperty("hasDecision").GetBoolean());
        Assert.True(state.GetProperty("categories").GetProperty("analytics").GetBoolean());
    }

    [Fact]
    public async Task ConsentCookie_FromAnotherSiteOrKeyRing_CountsAsNoDecision()
    {
        await using var first = await ConsentTestHost.StartAsync();
        await using var second = await ConsentTestHost.StartAsync();
        var onFirst = first.NewBrowser();
        await onFirst.DecideAsync("accept-all");
        var onSecond = second.NewBrowser();
        onSecond.Jar.Add(onFirst.Jar.GetCookies(new Uri("http://localhost/")));

        var state = await onSecond.GetStateAsync();

        Assert.False(state.GetProperty("hasDecision").GetBoolean());
        Assert.False(state.GetProperty("categories").GetProperty("marketing").GetBoolean());
    }
}
