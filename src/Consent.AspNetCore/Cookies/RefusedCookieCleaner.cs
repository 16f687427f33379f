using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Consent.AspNetCore;

/// <summary>
/// Expires the cookies a request carries from categories the visitor has not granted, so that withdrawing
/// consent removes what the server can reach (COMPLIANCE C9). Uses the declared Domain and Path.
/// </summary>
internal sealed class RefusedCookieCleaner
{
    private readonly ConsentPolicy _policy;
    private readonly ConsentMetrics _metrics;
    private readonly ILogger _logger;

    public RefusedCookieCleaner(ConsentPolicy policy, ConsentMetrics metrics, ILogger logger)
    {
        _policy = policy;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Deletes, through <paramref name="responseCookies"/>, each request cookie of a category not granted.</summary>
    /// <param name="requestCookieHeaders">The request's <c>Cookie</c> headers.</param>
    /// <param name="grants">What the visitor granted on this request.</param>
    /// <param name="responseCookies">The response's cookies.</param>
    public void Apply<TGrants>(StringValues requestCookieHeaders, TGrants grants, IResponseCookies responseCookies)
        where TGrants : struct, IGrantLookup
    {
        if (requestCookieHeaders.Count == 0)
        {
            return;
        }

        var firstCharacters = _policy.OptionalCookieFirstCharacters;
        var scanner = new RequestCookieScanner(requestCookieHeaders);
        while (scanner.MoveNext(firstCharacters))
        {
            var declared = _policy.FindCookie(scanner.Name);
            if (declared is null || declared.Category == ConsentCategory.Necessary || grants.IsGranted(declared.Category))
            {
                continue;
            }

            var name = scanner.Name.ToString();
            responseCookies.Delete(name, new CookieOptions
            {
                Path = declared.Path ?? "/",
                Domain = declared.Domain,
                Secure = name.StartsWith("__Secure-", StringComparison.Ordinal) || name.StartsWith("__Host-", StringComparison.Ordinal),
            });
            Log.CookieCleared(_logger, name, declared.Category);
            _metrics.Cleared(declared.Category);
        }
    }
}
