using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace Consent.AspNetCore;

/// <summary>
/// Removes from the response every <c>Set-Cookie</c> whose category the visitor has not granted, however it was
/// written (COMPLIANCE C1, C11). Deletions always pass; necessary cookies always pass.
/// </summary>
internal sealed class SetCookieFilter
{
    private const int MaximumWarnedNames = 1024;
    private readonly ConsentServices _services;
    private readonly ConcurrentDictionary<string, byte> _warned = new(StringComparer.Ordinal);

    public SetCookieFilter(ConsentServices services) => _services = services;

    public void Apply(ConsentFeature feature)
    {
        var headers = feature.ResponseHeaders;
        var values = headers.SetCookie;
        if (values.Count == 0)
        {
            return;
        }

        var now = _services.Time.GetUtcNow();
        string[]? kept = null;
        var keptCount = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var header = values[i] ?? string.Empty;
            if (Allows(header, feature, now))
            {
                if (kept is not null)
                {
                    kept[keptCount++] = header;
                }
            }
            else if (kept is null)
            {
                kept = new string[values.Count];
                for (var j = 0; j < i; j++)
                {
                    kept[keptCount++] = values[j]!;
                }
            }
        }

        if (kept is not null)
        {
            headers.SetCookie = keptCount == 0 ? StringValues.Empty : new StringValues(kept[..keptCount]);
        }
    }

    private bool Allows(string header, ConsentFeature feature, DateTimeOffset now)
    {
        var name = SetCookieHeader.GetName(header);
        var declared = _services.Policy.FindCookie(name);
        if (declared is not null
            ? declared.Category == ConsentCategory.Necessary || feature.IsGranted(declared.Category)
            : feature.WasAppendedAsEssential(name))
        {
            return true;
        }

        // Only what would be blocked is parsed further: a deletion always passes.
        if (SetCookieHeader.IsDeletion(header, now))
        {
            return true;
        }

        if (declared is not null)
        {
            var nameText = name.ToString();
            if (feature.WasAppendedAsEssential(name))
            {
                Log.EssentialOverridden(_services.Logger, nameText, declared.Category);
            }

            Log.CookieBlocked(_services.Logger, nameText, declared.Category);
            _services.Metrics.Blocked(declared.Category);
            return false;
        }

        var allow = _services.Policy.Options.UndeclaredCookies == UndeclaredCookieHandling.Allow;
        WarnOnce(name.ToString(), allow);
        _services.Metrics.Undeclared(blocked: !allow);
        if (!allow)
        {
            _services.Metrics.Blocked("undeclared");
        }

        return allow;
    }

    private void WarnOnce(string name, bool allowed)
    {
        if (_warned.Count < MaximumWarnedNames && _warned.TryAdd(name, 0))
        {
            Log.UndeclaredCookie(_services.Logger, allowed ? "Let through" : "Blocked", name);
        }
    }
}
