using Microsoft.Extensions.Options;

namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>Builds a policy the way the host does: defaults, configuration, post-configuration.</summary>
public static class Policies
{
    public static ConsentPolicy Create(Action<CookieConsentOptions>? configure = null)
    {
        var options = new CookieConsentOptions();
        TestCookies.Declare(options);
        configure?.Invoke(options);
        new CookieConsentOptionsSetup().PostConfigure(Microsoft.Extensions.Options.Options.DefaultName, options);
        return new ConsentPolicy(Microsoft.Extensions.Options.Options.Create(options));
    }
}
