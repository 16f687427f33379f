using Consent.AspNetCore;

namespace Microsoft.AspNetCore.Http;

/// <summary>Reads the visitor's consent from a request.</summary>
public static class ConsentHttpContextExtensions
{
    /// <summary>Gets the consent feature of the request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The feature.</returns>
    /// <exception cref="InvalidOperationException">Cookie consent is not set up for this request.</exception>
    public static IConsentFeature GetConsent(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IConsentFeature>()
            ?? throw new InvalidOperationException("No consent feature on this request. Call builder.Services.AddCookieConsent() and app.UseCookieConsent().");
    }
}
