using Consent.AspNetCore;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds cookie consent enforcement to the request pipeline.</summary>
public static class CookieConsentApplicationBuilderExtensions
{
    /// <summary>
    /// Enforces the visitor's cookie choice: every <c>Set-Cookie</c> of a category the visitor has not granted is
    /// removed just before the headers are sent, whoever wrote it, and cookies of refused categories are expired.
    /// Also makes <see cref="IConsentFeature"/> and <see cref="Microsoft.AspNetCore.Http.Features.ITrackingConsentFeature"/> available.
    /// </summary>
    /// <param name="app">The application builder.</param>
    /// <returns>The application builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddCookieConsent()</c> was not called.</exception>
    public static IApplicationBuilder UseCookieConsent(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ApplicationServices.GetService<ConsentServices>() is null)
        {
            throw new InvalidOperationException("Call builder.Services.AddCookieConsent() before app.UseCookieConsent().");
        }

        return app.UseMiddleware<CookieConsentMiddleware>();
    }
}
