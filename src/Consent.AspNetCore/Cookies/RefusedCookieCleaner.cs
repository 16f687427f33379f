using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>
/// Expires the cookies a request carries from categories the visitor has not granted, so that withdrawing
/// consent removes what the server can reach (COMPLIANCE C9). Uses the declared Domain and Path.
/// </summary>
internal sealed class RefusedCookieCleaner
{
    private readonly ConsentServices _services;

    public RefusedCookieCleaner(ConsentServices services) => _services = services;

    /// <summary>
    /// Whether the request carries any cookie of a declared optional category. Without one, <see cref="Apply"/> has
    /// nothing to do; the answer does not need the visitor's decision, so the consent cookie stays undecoded.
    /// </summary>
    public bool MayApply(HttpContext context)
    {
        var scanner = new RequestCookieScanner(context.Request.Headers.Cookie);
        return NextOptional(ref scanner) is not null;
    }

    public void Apply(HttpContext context, ConsentFeature feature)
    {
        var scanner = new RequestCookieScanner(context.Request.Headers.Cookie);
        while (NextOptional(ref scanner) is { } declared)
        {
            if (feature.IsGranted(declared.Category))
            {
                continue;
            }

            var name = scanner.Name.ToString();
            feature.ExpireCookie(name, declared);
            Log.CookieCleared(_services.Logger, name, declared.Category);
            _services.Metrics.Cleared(declared.Category);
        }
    }

    /// <summary>Moves to the next request cookie declared in an optional category and returns its declaration.</summary>
    private DeclaredCookie? NextOptional(ref RequestCookieScanner scanner)
    {
        var firstCharacters = _services.Policy.OptionalCookieFirstCharacters;
        while (scanner.MoveNext())
        {
            if (firstCharacters is not null && !firstCharacters.Contains(scanner.Name[0]))
            {
                continue;
            }

            var declared = _services.Policy.FindCookie(scanner.Name);
            if (declared is not null && declared.Category != ConsentCategory.Necessary)
            {
                return declared;
            }
        }

        return null;
    }
}
