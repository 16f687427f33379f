using Microsoft.AspNetCore.Http;

namespace Consent.Components;

/// <summary>Finds the Content-Security-Policy nonce for a <c>script</c> element the components write.</summary>
internal static class CspNonce
{
    /// <summary>The explicit nonce if any, else the one the host put in <c>HttpContext.Items</c>.</summary>
    public static string? Resolve(string? explicitNonce, HttpContext? httpContext, ConsentComponentsOptions options) =>
        !string.IsNullOrEmpty(explicitNonce)
            ? explicitNonce
            : httpContext?.Items.TryGetValue(options.CspNonceItemKey, out var value) == true ? value as string : null;
}
