using System.Security.Cryptography;

namespace Consent.Sample;

/// <summary>
/// With <c>Sample:ContentSecurityPolicy=true</c>, every page gets a fresh CSP nonce (in <c>HttpContext.Items</c>, where
/// the consent components look for it) and a policy that runs no inline script without it, so that anyone can check
/// that the banner, <c>&lt;ConsentCookieGuard /&gt;</c> and <c>&lt;GoogleConsentMode /&gt;</c> work under a strict CSP.
/// </summary>
internal static class SampleContentSecurityPolicy
{
    public const string NonceItemKey = "csp-nonce";

    public static IApplicationBuilder UseSampleContentSecurityPolicy(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceItemKey] = nonce;
            context.Response.Headers.ContentSecurityPolicy =
                $"script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'";
            await next(context);
        });
}
