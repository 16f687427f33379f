using System.Collections.Concurrent;
using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// Remembers consent cookie values this process has authenticated, so a returning visitor's cookie costs a
/// dictionary lookup rather than a Data Protection unprotect on each request. Only authentic values are kept,
/// so forged values cannot fill it; it is bounded and simply starts over when full.
/// </summary>
/// <remarks>
/// A value is authentic only while the key that protected it is. Data Protection sees a revoked key when it reloads
/// its key ring (a new process does at once; a running one on its own schedule), and then refuses to unprotect with it;
/// an entry older than <see cref="AuthenticationLifetime"/> is unprotected again, so the cache keeps a revoked key's
/// cookies granting at most that much longer than Data Protection itself would.
/// </remarks>
internal sealed class ConsentCookieCache
{
    internal const int Capacity = 8192;

    /// <summary>How long an authenticated value is trusted without unprotecting it again: an hour, one unprotect per visitor and hour.</summary>
    internal static readonly TimeSpan AuthenticationLifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ConsentCookieCache() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds a remembered value, authenticated at <paramref name="authenticatedAt"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> value, out ConsentCookieStatus status, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ConsentDecision? decision, out DateTimeOffset authenticatedAt)
    {
        if (_lookup.TryGetValue(value, out var entry))
        {
            (status, decision, authenticatedAt) = (entry.Status, entry.Decision, entry.AuthenticatedAt);
            return true;
        }

        (status, decision, authenticatedAt) = (ConsentCookieStatus.Missing, null, default);
        return false;
    }

    public void Add(ReadOnlySpan<char> value, ConsentCookieStatus status, ConsentDecision decision, DateTimeOffset authenticatedAt)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        // Replaces an entry that has outlived AuthenticationLifetime and been authenticated again.
        _lookup[value] = new Entry(status, decision, authenticatedAt);
    }

    private sealed record Entry(ConsentCookieStatus Status, ConsentDecision Decision, DateTimeOffset AuthenticatedAt);
}
