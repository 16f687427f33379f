using Consent.Abstractions;

namespace Consent.AspNetCore.Tests.Cookies;

public sealed class ConsentCookieCacheTests
{
    private static readonly ConsentDecision Decision = new(ConsentId.New(), [], "00000001", DateTimeOffset.UnixEpoch, false, ConsentMethod.RejectAll);

    [Fact]
    public void TryGet_OfAnAddedValue_ReturnsWhatWasAdded()
    {
        var cache = new ConsentCookieCache();
        cache.Add("value", ConsentCookieStatus.OtherRevision, Decision, DateTimeOffset.UnixEpoch);

        Assert.True(cache.TryGet("value".AsSpan(), out var status, out var decision, out _));
        Assert.Equal(ConsentCookieStatus.OtherRevision, status);
        Assert.Same(Decision, decision);
    }

    [Fact]
    public void TryGet_OfAnotherValue_MissesWithNothing()
    {
        var cache = new ConsentCookieCache();
        cache.Add("value", ConsentCookieStatus.Valid, Decision, DateTimeOffset.UnixEpoch);

        Assert.False(cache.TryGet("valuf".AsSpan(), out var status, out var decision, out _));
        Assert.Equal(ConsentCookieStatus.Missing, status);
        Assert.Null(decision);
    }

    [Fact]
    public void Add_WhenFull_StartsOver()
    {
        var cache = new ConsentCookieCache();
        for (var i = 0; i < ConsentCookieCache.Capacity; i++)
        {
            cache.Add($"value-{i}", ConsentCookieStatus.Valid, Decision, DateTimeOffset.UnixEpoch);
        }

        cache.Add("one more", ConsentCookieStatus.Valid, Decision, DateTimeOffset.UnixEpoch);

        Assert.False(cache.TryGet("value-0".AsSpan(), out _, out _, out _));
        Assert.True(cache.TryGet("one more".AsSpan(), out _, out _, out _));
    }
}
