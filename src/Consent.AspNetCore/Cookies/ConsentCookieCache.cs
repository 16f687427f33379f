using System.Collections.Concurrent;
using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// Remembers consent cookie values this process has authenticated, so a returning visitor's cookie costs a
/// dictionary lookup rather than a Data Protection unprotect on each request. Only authentic values are kept,
/// so forged values cannot fill it; it is bounded and simply starts over when full.
/// </summary>
internal sealed class ConsentCookieCache
{
    internal const int Capacity = 8192;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ConsentCookieCache() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGet(ReadOnlySpan<char> value, out ConsentCookieStatus status, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ConsentDecision? decision)
    {
        if (_lookup.TryGetValue(value, out var entry))
        {
            (status, decision) = (entry.Status, entry.Decision);
            return true;
        }

        (status, decision) = (ConsentCookieStatus.Missing, null);
        return false;
    }

    public void Add(ReadOnlySpan<char> value, ConsentCookieStatus status, ConsentDecision decision)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _lookup.TryAdd(value, new Entry(status, decision));
    }

    private sealed record Entry(ConsentCookieStatus Status, ConsentDecision Decision);
}
