using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Consent.AspNetCore;

/// <summary>Binds the options from the <c>Consent</c> configuration section when the host has a configuration.</summary>
internal sealed class ConsentConfigurationBinder : IConfigureOptions<CookieConsentOptions>
{
    private readonly IConfiguration? _configuration;

    public ConsentConfigurationBinder(IServiceProvider services) =>
        _configuration = (IConfiguration?)services.GetService(typeof(IConfiguration));

    public void Configure(CookieConsentOptions options) =>
        _configuration?.GetSection(CookieConsentOptions.SectionName).Bind(options);
}
