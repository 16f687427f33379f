namespace Consent.Sample;

/// <summary>
/// <c>GET /demo/cookies</c> sets one cookie of each kind, each in a different way, so anyone can watch the
/// middleware let through only what the visitor granted, and the inventory list what the sample forgot to declare.
/// </summary>
internal static class DemoCookiesEndpoint
{
    public static IEndpointRouteBuilder MapDemoCookies(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/demo/cookies", (HttpContext context) =>
        {
            var response = context.Response;
            response.Cookies.Append("demo_session", "1", new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax });
            response.Cookies.Append("demo_pref", "large", new CookieOptions { MaxAge = TimeSpan.FromDays(30), SameSite = SameSiteMode.Lax });
            response.Cookies.Append("_ga", "GA1.1.12345.67890", new CookieOptions { MaxAge = TimeSpan.FromDays(395), SameSite = SameSiteMode.Lax });
            response.Headers.Append("Set-Cookie", "ad_id=demo-ad-42; Max-Age=7776000; Path=/; SameSite=Lax");
            response.Cookies.Append("mystery", "undeclared", new CookieOptions { SameSite = SameSiteMode.Lax });

            // Meta's pixel cookie, which the sample does not declare on purpose: the Open Cookie Database knows it, so
            // /consent/inventory (on in Development) lists it with a suggested declaration.
            response.Cookies.Append("_fbp", "fb.1.1733100000000.1234567890", new CookieOptions { MaxAge = TimeSpan.FromDays(90), SameSite = SameSiteMode.Lax });
            response.Headers.CacheControl = "no-store";
            return Results.Text(
                "Tried to set demo_session (necessary), demo_pref (functional), _ga (analytics), ad_id (marketing, raw header), mystery and _fbp (undeclared: see /consent/inventory). Look at the Set-Cookie headers of this response.",
                "text/plain; charset=utf-8");
        });
        return endpoints;
    }
}
