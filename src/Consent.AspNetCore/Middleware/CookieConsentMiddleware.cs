using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>
/// Makes the visitor's decision available as <see cref="IConsentFeature"/> and enforces it on the response.
/// When the host's startup filter already did so at the start of the pipeline, it only passes the request on.
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
        ConsentFeature.Attach(context, _services);
        return _next(context);
    }
}
