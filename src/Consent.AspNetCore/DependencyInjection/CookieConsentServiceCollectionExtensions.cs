using Consent.AspNetCore;
using Consent.Auditing;
using Consent.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers cookie consent.</summary>
public static class CookieConsentServiceCollectionExtensions
{
    /// <summary>
    /// Adds cookie consent: options (bound from the <c>Consent</c> configuration section, then
    /// <paramref name="configure"/>, validated at startup), the consent cookie, enforcement and the endpoint's
    /// services, and the consent components (<c>&lt;CookieConsentBanner /&gt;</c> and the others), rendered from the
    /// request. Registers Data Protection and antiforgery if the host has not. Call it after <c>AddRazorComponents()</c>,
    /// <c>AddRazorPages()</c> or <c>AddControllersWithViews()</c>: it registers <c>IHttpContextAccessor</c>, which the
    /// components need on the server, only when the host renders components, so an API-only host does not pay for it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options in code, after configuration binding.</param>
    /// <returns>A builder to add an audit store and further configuration.</returns>
    public static CookieConsentBuilder AddCookieConsent(this IServiceCollection services, Action<CookieConsentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CookieConsentOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<CookieConsentOptions>, ConsentConfigurationBinder>());
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<CookieConsentOptions>, CookieConsentOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CookieConsentOptions>, CookieConsentOptionsValidator>());

        // The audit writer and retention read their part of the options, validated with the rest.
        services.TryAddSingleton<IOptions<ConsentAuditOptions>>(sp => Options.Options.Create(sp.GetRequiredService<IOptions<CookieConsentOptions>>().Value.Audit));

        services.AddDataProtection();
        services.AddAntiforgery();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConsentPolicy>();
        services.TryAddSingleton<ConsentCookieCodec>();
        services.TryAddSingleton<ConsentMetrics>();
        services.TryAddSingleton<ConsentEventFactory>();
        services.TryAddSingleton<ConsentServices>();
        services.TryAddSingleton<CookiePolicyBridge>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<Microsoft.AspNetCore.Builder.CookiePolicyOptions>, CookiePolicyBridge>(sp => sp.GetRequiredService<CookiePolicyBridge>()));
        services.TryAddSingleton<IConsentAuditLog, InMemoryConsentAuditLog>();
        services.TryAddSingleton<IConsentTextArchive, InMemoryConsentTextArchive>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, ConsentEnforcementStartupFilter>());

        // The components render from the request on the server, through IHttpContextAccessor; in WebAssembly they read
        // what the page persisted. The accessor sets an AsyncLocal on every request, so a host that renders no
        // components (an API) does not get it from here.
        if (RendersComponents(services))
        {
            services.AddHttpContextAccessor();
        }

        services.AddCookieConsentComponents();
        services.TryAddSingleton<ConsentPolicyViewSource>();
        services.TryAddSingleton<ShownTextArchive>();
        services.TryAddScoped<IConsentRequestContext, HttpConsentRequestContext>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, ConsentStartupCheck>());
        return new CookieConsentBuilder(services);
    }

    // AddRazorComponents() and MVC's view features (AddRazorPages, AddControllersWithViews, AddMvc) register component
    // rendering services; the host calls them before AddCookieConsent(), as the templates and the README do.
    private static bool RendersComponents(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            var name = descriptor.ServiceType.FullName;
            if (name is not null && (name.StartsWith("Microsoft.AspNetCore.Components.", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.AspNetCore.Mvc.ViewFeatures.", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
