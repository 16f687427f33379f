using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// What the browser guard saw scripts try to store in <c>localStorage</c> or <c>sessionStorage</c>, in Development
/// (cookies go into <see cref="CookieInventory"/>): each distinct key once, with
/// whether it was blocked, how often and when. Held in memory and bounded, so a noisy page cannot grow it without end.
/// </summary>
internal sealed class ScriptInventory(TimeProvider time)
{
    /// <summary>How many distinct names are kept; reports of further names are counted in <see cref="Dropped"/>.</summary>
    public const int Capacity = 256;

    private readonly Dictionary<(CookieStorage Storage, string Name), ScriptInventoryEntry> _entries = [];
    private readonly Lock _lock = new();
    private long _dropped;

    /// <summary>Gets how many reports of names beyond <see cref="Capacity"/> were not kept.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Records one report of a script writing <paramref name="name"/>.</summary>
    public void Record(CookieStorage storage, string name, bool blocked)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_entries.TryGetValue((storage, name), out var entry))
            {
                _entries[(storage, name)] = entry with { Blocked = blocked, Count = entry.Count + 1, LastSeen = now };
            }
            else if (_entries.Count < Capacity)
            {
                _entries[(storage, name)] = new ScriptInventoryEntry(storage, name, blocked, 1, now, now);
            }
            else
            {
                Interlocked.Increment(ref _dropped);
            }
        }
    }

    /// <summary>Gets the entries, first seen first.</summary>
    public IReadOnlyList<ScriptInventoryEntry> Snapshot()
    {
        lock (_lock)
        {
            return [.. _entries.Values.OrderBy(e => e.FirstSeen).ThenBy(e => e.Name, StringComparer.Ordinal)];
        }
    }
}
