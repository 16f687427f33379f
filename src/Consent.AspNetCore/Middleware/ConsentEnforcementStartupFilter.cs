using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Consent.AspNetCore;

/// <summary>
/// Puts the consent feature at the very start of the pipeline. Its enforcement callback is then the first
/// registered with <c>Response.OnStarting</c>, and so the last to run: it sees cookies written by any middleware,
/// including the <c>OnStarting</c> callbacks of middleware that runs before <c>UseCookieConsent()</c>.
/// </summary>
internal sealed class ConsentEnforcementStartupFilter : IStartupFilter
{
    private readonly bool _enabled;

    public ConsentEnforcementStartupFilter(Microsoft.Extensions.Options.IOptions<CookieConsentOptions> options) =>
        _enabled = options.Value.EnforceFromPipelineStart;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (_enabled)
        {
            app.UseMiddleware<CookieConsentMiddleware>();
        }

        next(app);
    };
}
