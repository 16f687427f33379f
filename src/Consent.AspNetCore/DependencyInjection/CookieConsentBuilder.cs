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

    /// <summary>
    /// Records decisions in a durable, hash-chained store through a single group-commit writer (bounded queue,
    /// back-pressure, drained on shutdown), purges bodies past <see cref="ConsentAuditOptions.Retention"/>, and adds
    /// the <c>consent-audit</c> health check. Storage packages call this from their own <c>Add…AuditLog</c> method.
    /// </summary>
    /// <param name="factory">Creates the store.</param>
    /// <returns>The builder.</returns>
    public CookieConsentBuilder AddAuditStore(Func<IServiceProvider, IConsentAuditStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddSingleton(factory);
        Services.AddSingleton<ConsentAuditLogWriter>();
        Services.AddSingleton<IConsentAuditLog>(sp => sp.GetRequiredService<ConsentAuditLogWriter>());
        Services.AddHostedService(sp => sp.GetRequiredService<ConsentAuditLogWriter>());
        Services.AddHostedService<ConsentAuditRetention>();
        Services.AddHealthChecks().AddCheck<ConsentAuditHealthCheck>("consent-audit");
        return this;
    }
}
