using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Auditing;

namespace Consent.AspNetCore.Tests.Decisions;

public sealed class ConsentEventTypeTests : IAsyncLifetime
{
    private ConsentTestHost _host = null!;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync() => _host = await ConsentTestHost.StartAsync(time: _clock);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Decisions_AreEachTheirOwnEvent_WithTheirKind()
    {
        var browser = _host.NewBrowser();

        await browser.DecideAsync("accept-all");
        await browser.DecideAsync("save", "analytics");
        await browser.DecideAsync("reject-all");
        await browser.DecideAsync("save", "functional");

        Assert.Equal(
            [ConsentEventType.Grant, ConsentEventType.Withdrawal, ConsentEventType.Withdrawal, ConsentEventType.PartialChoice],
            _host.AuditLog.Events.Select(e => e.Type));
        Assert.Single(_host.AuditLog.Events.Select(e => e.ConsentId).Distinct());
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task FirstRefusal_IsARefusal()
    {
        await _host.NewBrowser().DecideAsync("reject-all");

        Assert.Equal(ConsentEventType.Refusal, Assert.Single(_host.AuditLog.Events).Type);
    }

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "C10")]
    public async Task DecisionAfterExpiry_IsAReconsentWithTheSameConsentId()
    {
        var browser = _host.NewBrowser();
        await browser.DecideAsync("accept-all");
        _clock.Advance(TimeSpan.FromDays(183));
        Assert.False((await browser.GetStateAsync()).GetProperty("hasDecision").GetBoolean());

        await browser.DecideAsync("accept-all");

        Assert.Equal(ConsentEventType.Reconsent, _host.AuditLog.Events[^1].Type);
        Assert.Equal(_host.AuditLog.Events[0].ConsentId, _host.AuditLog.Events[^1].ConsentId);
    }
}
