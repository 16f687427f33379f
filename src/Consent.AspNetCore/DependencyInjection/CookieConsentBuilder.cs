using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore;

/// <summary>Configures cookie consent further after <c>AddCookieConsent()</c>, for example with an audit store.</summary>
public sealed class CookieConsentBuilder
{
    internal CookieConsentBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection consent is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Keeps audit events in memory only: for tests and demos, nothing survives a restart.</summary>
    /// <returns>The builder.</returns>
    public CookieConsentBuilder AddInMemoryAuditLog()
    {
        Services.AddSingleton<InMemoryConsentAuditLog>();
        Services.AddSingleton<IConsentAuditLog>(sp => sp.GetRequiredService<InMemoryConsentAuditLog>());
        Services.AddSingleton<InMemoryConsentTextArchive>();
        Services.AddSingleton<IConsentTextArchive>(sp => sp.GetRequiredService<InMemoryConsentTextArchive>());
        return this;
    }
}
