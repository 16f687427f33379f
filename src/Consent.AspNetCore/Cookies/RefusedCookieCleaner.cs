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

    /// <summary>Adds to <paramref name="responseHeaders"/> one deletion for each request cookie of a category not granted.</summary>
    /// <param name="requestCookieHeaders">The request's <c>Cookie</c> headers.</param>
    /// <param name="grants">What the visitor granted on this request.</param>
    /// <param name="responseHeaders">The headers the server sends; runs after the filter, so its deletions are not filtered again.</param>
    /// <param name="inventory">
    /// The passive inventory, to be told of each undeclared cookie the request carries, or <see langword="null"/>.
    /// With it, every name is looked up; without it, names no optional cookie can have are skipped unparsed.
    /// </param>
    /// <param name="path">The path the inventory records with those cookies.</param>
    /// <remarks>
    /// The deletions are collected and appended in one write. Deleting through <see cref="IResponseCookies"/> would
    /// rescan every <c>Set-Cookie</c> already written for each cookie: quadratic in the number of request cookies.
    /// The inventory is noted here, not in a scan of its own, so a request's <c>Cookie</c> header is read once.
    /// </remarks>
    public void Apply<TGrants>(StringValues requestCookieHeaders, TGrants grants, IHeaderDictionary responseHeaders, CookieInventory? inventory = null, string? path = null)
        where TGrants : struct, IGrantLookup
    {
        if (requestCookieHeaders.Count == 0)
        {
            return;
        }

        var firstCharacters = inventory is null ? _policy.OptionalCookieFirstCharacters : null;
        var scanner = new RequestCookieScanner(requestCookieHeaders);
        List<string>? deletions = null;
        HashSet<string>? names = null;
        while (scanner.MoveNext(firstCharacters))
        {
            var declared = _policy.FindCookie(scanner.Name);
            if (declared is null)
            {
                inventory?.Note(scanner.Name, CookieSeenIn.Request, path);
                continue;
            }

            if (declared.Category == ConsentCategory.Necessary || grants.IsGranted(declared.Category))
            {
                continue;
            }

            var name = scanner.Name.ToString();
            if (deletions is not null && !(names ??= new HashSet<string>(StringComparer.Ordinal) { SetCookieHeader.GetName(deletions[0]).ToString() }).Add(name))
            {
                continue; // a name the request carries twice (two paths) is deleted once, with its declared path
            }

            (deletions ??= []).Add(CookieDeletion.Create(name, declared.Path ?? "/", declared.Domain, secure: false));
            Log.CookieCleared(_logger, name, declared.Category);
            _metrics.Cleared(declared.Category);
        }

        if (deletions is not null)
        {
            var existing = responseHeaders.SetCookie;
            var all = new string[existing.Count + deletions.Count];
            for (var i = 0; i < existing.Count; i++)
            {
                all[i] = existing[i]!;
            }

            deletions.CopyTo(all, existing.Count);
            responseHeaders.SetCookie = new StringValues(all);
        }
    }
}
