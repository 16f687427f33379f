namespace Consent.AspNetCore;

/// <summary>
/// Expires the cookies a request carries from categories the visitor has not granted, so that withdrawing
/// consent removes what the server can reach (COMPLIANCE C9). Uses the declared Domain and Path.
/// </summary>
internal sealed class RefusedCookieCleaner
{
    private readonly ConsentServices _services;

    public RefusedCookieCleaner(ConsentServices services) => _services = services;

    public void Apply(ConsentFeature feature)
    {
        var cookieHeaders = feature.RequestCookieHeaders;
        if (cookieHeaders.Count == 0)
        {
            return;
        }

        var firstCharacters = _services.Policy.OptionalCookieFirstCharacters;
        var scanner = new RequestCookieScanner(cookieHeaders);
        while (scanner.MoveNext(firstCharacters))
        {
            var declared = _services.Policy.FindCookie(scanner.Name);
            if (declared is null || declared.Category == ConsentCategory.Necessary || feature.IsGranted(declared.Category))
            {
                continue;
            }

            var name = scanner.Name.ToString();
            feature.ExpireCookie(name, declared);
            Log.CookieCleared(_services.Logger, name, declared.Category);
            _services.Metrics.Cleared(declared.Category);
        }
    }
}
