using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>
/// Refuses a <c>POST</c> to the endpoint that a browser says came from elsewhere (COMPLIANCE C5, R1): a sibling
/// subdomain can plant its own antiforgery cookie and post with its own valid token, so antiforgery alone does not
/// prove the visitor chose on this site. A request with neither header (an older browser, a script) is judged by
/// antiforgery alone.
/// </summary>
internal static class RequestOrigin
{
    /// <summary>Why the request is refused, or <see langword="null"/>.</summary>
    /// <remarks>
    /// The request's own origin is its scheme and host as ASP.NET Core sees them, so forwarded headers, when the
    /// site applies them before the endpoint, make it the origin the browser used; otherwise the configured
    /// <see cref="CookieConsentOptions.AllowedOrigins"/> name it.
    /// </remarks>
    public static string? Refusal(HttpRequest request, IList<string> allowedOrigins)
    {
        var headers = request.Headers;
        if (headers["Sec-Fetch-Site"] is { Count: > 0 } site && site.ToString().Trim() is not ("same-origin" or "none"))
        {
            return "The request came from another site (Sec-Fetch-Site). Post the consent form from a page of this site.";
        }

        if (headers.Origin is { Count: > 0 } origin && !IsOwn(origin.ToString(), request) && !Contains(allowedOrigins, origin.ToString()))
        {
            return "The request came from another origin (Origin). Post the consent form from a page of this site.";
        }

        return null;
    }

    /// <summary>Whether <paramref name="value"/> is an http(s) origin: scheme, host and optional port, nothing else.</summary>
    public static bool IsOrigin(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), value!.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && !value.Contains('@', StringComparison.Ordinal);

    private static bool IsOwn(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IdnHost, new Uri($"{request.Scheme}://{request.Host.Host}").IdnHost, StringComparison.OrdinalIgnoreCase)
        && uri.Port == (request.Host.Port ?? DefaultPort(request.Scheme));

    private static int DefaultPort(string scheme) => string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? 443 : 80;

    private static bool Contains(IList<string> allowed, string origin)
    {
        foreach (var candidate in allowed)
        {
            if (string.Equals(candidate.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
