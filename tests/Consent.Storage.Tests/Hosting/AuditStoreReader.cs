using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Storage.Tests.Hosting;

/// <summary>Opens a store that a child process wrote, through the public registration, to inspect it afterwards.</summary>
internal static class AuditStoreReader
{
    public static async Task<(AuditChainVerification Verification, HashSet<string> ConsentIds)> InspectAsync(Action<CookieConsentBuilder> register)
    {
        var services = new ServiceCollection().AddLogging();
        register(services.AddCookieConsent());
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IConsentAuditStore>();
        await store.InitializeAsync(default);
        var verification = await store.VerifyAsync(null, default);
        var events = await store.ReadAsync(1, int.MaxValue, default);
        return (verification, events.Select(e => e.Event!.ConsentId.ToString()).ToHashSet(StringComparer.Ordinal));
    }
}
