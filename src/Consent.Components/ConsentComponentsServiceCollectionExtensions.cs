using Consent.Components;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the consent components' services.</summary>
public static class ConsentComponentsServiceCollectionExtensions
{
    /// <summary>
    /// Adds what the consent components need: localization (<c>IStringLocalizer</c>), the text resolver and the
    /// consent state that carries the server's decision into interactive components. On the server
    /// <c>AddCookieConsent()</c> calls it; call it yourself to override texts, and in a WebAssembly client's
    /// <c>Program.cs</c> (with the same overrides), where the components read what the prerendered page persisted.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Overrides texts or sets the CSP nonce source.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddCookieConsentComponents(this IServiceCollection services, Action<ConsentComponentsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLocalization();
        services.AddOptions<ConsentComponentsOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<MissingTranslations>();
        services.TryAddScoped<ConsentText>();
        services.TryAddScoped<ConsentStateAccessor>();
        return services;
    }
}
