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
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<CookieConsentMiddleware>();
        next(app);
    };
}
