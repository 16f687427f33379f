using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore.Tests.Middleware;

public sealed class EnforcementDiagnosticsTests
{
    [Fact]
    public async Task UndeclaredCookie_IsLoggedOnceAsAWarningThatSaysHowToDeclareIt()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, services: s => s.AddLogging(b => b.AddProvider(logs)));
        var browser = host.NewBrowser();

        await browser.GetAsync("/set?name=mystery&how=append");
        await browser.GetAsync("/set?name=mystery&how=raw-append");

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("mystery", StringComparison.Ordinal));
        Assert.Contains("Consent:Cookies", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Name = \"mystery\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlockedCookie_IsLoggedAtDebugWithItsCategory()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie, services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)));

        await host.NewBrowser().GetAsync("/set?name=_ga&how=append");

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Debug && e.Message.Contains("'_ga'", StringComparison.Ordinal) && e.Message.Contains("'analytics'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BlockedAndUndeclaredCookies_AreCountedInTheMeter()
    {
        await using var host = await ConsentTestHost.StartAsync(CookieWriter.MapSetCookie);
        var measurements = new ConcurrentBag<(string Instrument, long Value, string? Category)>();
        var meterFactory = host.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ConsentMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? category = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "consent.category")
                {
                    category = tag.Value as string;
                }
            }

            measurements.Add((instrument.Name, value, category));
        });
        listener.Start();
        var browser = host.NewBrowser();

        await browser.GetAsync("/set?name=_ga&how=append");
        await browser.GetAsync("/set?name=mystery&how=append");

        Assert.Contains(measurements, m => m is { Instrument: "consent.cookies.blocked", Category: "analytics" });
        Assert.Contains(measurements, m => m is { Instrument: "consent.cookies.blocked", Category: "undeclared" });
        Assert.Contains(measurements, m => m.Instrument == "consent.cookies.undeclared");
    }
}
