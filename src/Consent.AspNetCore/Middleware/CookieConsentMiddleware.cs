using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>
/// Makes the visitor's decision available as <see cref="IConsentFeature"/> and enforces it on the response.
/// When the host's startup filter already did so at the start of the pipeline, this second pass (placed by
/// <c>UseCookieConsent()</c> after authentication) restores a signed-in user's stored decision when the request has
/// no valid consent cookie.
/// </summary>
internal sealed class CookieConsentMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ConsentServices _services;

    public CookieConsentMiddleware(RequestDelegate next, ConsentServices services)
    {
        _next = next;
        _services = services;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var features = context.Features;
        if (features[typeof(IConsentFeature)] is ConsentFeature attached)
        {
            // A cookie policy between the two passes replaced ITrackingConsentFeature: the library's answers again.
            if (!ReferenceEquals(features[typeof(ITrackingConsentFeature)], attached))
            {
                features[typeof(ITrackingConsentFeature)] = attached;
            }

            return _services.Preferences.IsEnabled ? RestoreThenNextAsync(context, attached) : _next(context);
        }

        var feature = ConsentFeature.AttachNew(context, _services);
        Task pipeline;
        try
        {
            pipeline = _next(context);
        }
        catch
        {
            feature.NoteRequestCookiesUnlessEnforced();
            throw;
        }

        feature.WatchPipeline(pipeline);
        return pipeline;
    }

    private async Task RestoreThenNextAsync(HttpContext context, ConsentFeature feature)
    {
        await _services.Decisions.RestoreAsync(feature).ConfigureAwait(false);
        await _next(context).ConfigureAwait(false);
    }
}
