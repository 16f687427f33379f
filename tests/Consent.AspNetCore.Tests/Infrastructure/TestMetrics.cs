using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>The library's counters on a meter factory of their own, for tests that build an enforcer by hand.</summary>
internal static class TestMetrics
{
    public static ConsentMetrics Create() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}
