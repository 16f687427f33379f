using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses where consent decisions are recorded.</summary>
public static class ConsentAuditBuilderExtensions
{
    /// <summary>Keeps audit events in memory only: for tests and demos, nothing survives a restart.</summary>
    /// <typeparam name="TBuilder">The builder type, returned as it is so that calls chain.</typeparam>
    /// <param name="builder">The builder returned by <c>AddCookieConsent()</c>.</param>
    /// <returns>The builder.</returns>
    public static TBuilder AddInMemoryAuditLog<TBuilder>(this TBuilder builder)
        where TBuilder : IConsentAuditBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<InMemoryConsentAuditLog>();
        services.AddSingleton<IConsentAuditLog>(sp => sp.GetRequiredService<InMemoryConsentAuditLog>());
        services.AddSingleton<InMemoryConsentTextArchive>();
        services.AddSingleton<IConsentTextArchive>(sp => sp.GetRequiredService<InMemoryConsentTextArchive>());
        return builder;
    }

    /// <summary>
    /// Records decisions in a durable, hash-chained store through a single group-commit writer (bounded queue,
    /// back-pressure, drained on shutdown), purges bodies past <see cref="ConsentAuditOptions.Retention"/>, and adds
    /// the <c>consent-audit</c> health check. Storage packages call this from their own <c>Add…AuditLog</c> method.
    /// </summary>
    /// <typeparam name="TBuilder">The builder type, returned as it is so that calls chain.</typeparam>
    /// <param name="builder">The builder returned by <c>AddCookieConsent()</c>.</param>
    /// <param name="factory">Creates the store.</param>
    /// <returns>The builder.</returns>
    public static TBuilder AddAuditStore<TBuilder>(this TBuilder builder, Func<IServiceProvider, IConsentAuditStore> factory)
        where TBuilder : IConsentAuditBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        var services = builder.Services;

        // The writer and retention read IOptions<ConsentAuditOptions>: AddCookieConsent() supplies its Audit section,
        // and a host without it gets the defaults or what it configures.
        services.AddOptions();
        services.AddSingleton(factory);
        services.TryAddSingleton(sp => new ConsentAuditSigner(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ConsentAuditOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ConsentAuditLogWriter>();
        services.AddSingleton<IConsentAuditLog>(sp => sp.GetRequiredService<ConsentAuditLogWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<ConsentAuditLogWriter>());
        services.AddHostedService<ConsentAuditRetention>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHealthChecks().AddCheck<ConsentAuditHealthCheck>("consent-audit");
        return builder;
    }
}
