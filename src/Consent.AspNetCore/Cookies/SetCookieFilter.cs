using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Consent.AspNetCore;

/// <summary>
/// Removes from the response every <c>Set-Cookie</c> whose category the visitor has not granted, however it was
/// written (COMPLIANCE C1, C11). Necessary cookies always pass. A blocked cookie that a browser would read as a
/// deletion is never sent as written, because "looks like a deletion" is where browsers and parsers disagree
/// (the last <c>Max-Age</c>, two-digit years, offsets, a no-break space): it goes out as the library's own deletion.
/// </summary>
internal sealed class SetCookieFilter
{
    private const int MaximumWarnedNames = 1024;
    private readonly ConsentPolicy _policy;
    private readonly ConsentMetrics _metrics;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CookieInventory? _inventory;
    private readonly ICookieSuggestionSource _suggestions;
    private readonly ConcurrentDictionary<string, byte> _warned = new(StringComparer.Ordinal);
    private readonly List<string> _undeclaredOrder = [];

    /// <param name="policy">The policy and its registry.</param>
    /// <param name="metrics">The counters.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="time">The clock.</param>
    /// <param name="inventory">Where undeclared cookies are recorded; <see langword="null"/> when the inventory is off.</param>
    /// <param name="suggestions">What the warning about an undeclared cookie proposes; the library's sources by default.</param>
    public SetCookieFilter(ConsentPolicy policy, ConsentMetrics metrics, ILogger logger, TimeProvider time, CookieInventory? inventory = null, ICookieSuggestionSource? suggestions = null)
    {
        _policy = policy;
        _metrics = metrics;
        _logger = logger;
        _time = time;
        _inventory = inventory;
        _suggestions = suggestions ?? CookieSuggestions.Default;
    }

    /// <summary>Rewrites the response's <c>Set-Cookie</c> headers without the ones that may not be set.</summary>
    /// <param name="responseHeaders">The response headers.</param>
    /// <param name="grants">What the visitor granted on this request.</param>
    /// <param name="appendedAsEssential">
    /// Names appended with <see cref="CookieOptions.IsEssential"/>: such an undeclared cookie passes, a declared one follows its category.
    /// </param>
    /// <param name="context">The request, for the path the inventory records with an undeclared cookie; read only then.</param>
    public void Apply<TGrants>(IHeaderDictionary responseHeaders, TGrants grants, ReadOnlySpan<string> appendedAsEssential, HttpContext? context = null)
        where TGrants : struct, IGrantLookup
    {
        var values = responseHeaders.SetCookie;
        if (values.Count == 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        string[]? kept = null;
        var keptCount = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var header = values[i] ?? string.Empty;
            var sent = Decide(header, grants, appendedAsEssential, now, context);
            if (kept is null && !ReferenceEquals(sent, header))
            {
                kept = new string[values.Count];
                for (var j = 0; j < i; j++)
                {
                    kept[keptCount++] = values[j]!;
                }
            }

            if (kept is not null && sent is not null)
            {
                kept[keptCount++] = sent;
            }
        }

        if (kept is not null)
        {
            responseHeaders.SetCookie = keptCount == 0 ? StringValues.Empty : new StringValues(kept[..keptCount]);
        }
    }

    private static bool Contains(ReadOnlySpan<string> names, ReadOnlySpan<char> name)
    {
        foreach (var candidate in names)
        {
            if (name.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The header itself when it may be sent, the library's own deletion in its place, or nothing.</summary>
    private string? Decide<TGrants>(string header, TGrants grants, ReadOnlySpan<string> appendedAsEssential, DateTimeOffset now, HttpContext? context)
        where TGrants : struct, IGrantLookup
    {
        var name = SetCookieHeader.GetName(header);
        var declared = _policy.FindCookie(name);
        if (declared is null)
        {
            _inventory?.NoteSetCookie(name, context);
        }

        if (declared?.Shape is { } shape && !shape.Fits(declared.Name, name, header, now))
        {
            return RefuseMisshapen(declared, shape, name, header, now);
        }

        if (declared is not null
            ? declared.Category == ConsentCategory.Necessary || grants.IsGranted(declared.Category)
            : Contains(appendedAsEssential, name))
        {
            return header;
        }

        // Only what would be blocked is parsed further.
        if (SetCookieHeader.IsDeletion(header, now))
        {
            SetCookieHeader.GetScope(header, out var path, out var domain, out var secure);
            return CookieDeletion.Create(name.ToString(), path, domain, secure);
        }

        if (declared is not null)
        {
            var nameText = name.ToString();
            if (Contains(appendedAsEssential, name))
            {
                Log.EssentialOverridden(_logger, nameText, declared.Category);
            }

            Log.CookieBlocked(_logger, nameText, declared.Category);
            _metrics.Blocked(declared.Category);
            return null;
        }

        var allow = _policy.Options.UndeclaredCookies switch
        {
            UndeclaredCookieHandling.Allow => true,
            UndeclaredCookieHandling.AllowWhenAllGranted => AllGranted(grants),
            _ => false,
        };
        WarnOnce(name.ToString(), allow);
        _metrics.Undeclared(blocked: !allow);
        if (!allow)
        {
            _metrics.Blocked("undeclared");
        }

        return allow ? header : null;
    }

    // A cookie under one of the framework's names but not in the framework's shape is not the framework's: it is
    // blocked whatever the visitor granted, unless it really is a deletion (C11).
    private string? RefuseMisshapen(DeclaredCookie declared, CookieShape shape, ReadOnlySpan<char> name, string header, DateTimeOffset now)
    {
        if (SetCookieHeader.IsDeletion(header, now))
        {
            SetCookieHeader.GetScope(header, out var path, out var domain, out var secure);
            return CookieDeletion.Create(name.ToString(), path, domain, secure);
        }

        var nameText = name.ToString();
        if (_warned.Count < MaximumWarnedNames && _warned.TryAdd("shape:" + nameText, 0))
        {
            Log.CookieNotInFrameworkShape(_logger, nameText, declared.Name, shape.Description);
        }

        _metrics.Blocked(declared.Category);
        return null;
    }

    /// <summary>Gets the undeclared cookie names seen since the site started, in the order first seen (at most 1,024).</summary>
    public IReadOnlyList<string> UndeclaredSeen
    {
        get
        {
            lock (_undeclaredOrder)
            {
                return [.. _undeclaredOrder];
            }
        }
    }

    private bool AllGranted<TGrants>(TGrants grants)
        where TGrants : struct, IGrantLookup
    {
        foreach (var category in _policy.Categories)
        {
            if (!category.IsNecessary && !grants.IsGranted(category.Key))
            {
                return false;
            }
        }

        return true;
    }

    private void WarnOnce(string name, bool allowed)
    {
        if (_warned.Count < MaximumWarnedNames && _warned.TryAdd(name, 0))
        {
            lock (_undeclaredOrder)
            {
                _undeclaredOrder.Add(name);
            }

            // The library's own table first, so that a framework cookie is never proposed as analytics.
            UndeclaredCookieWarning.Log(_logger, allowed, name, _suggestions.Suggest(name));
        }
    }
}
