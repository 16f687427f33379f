namespace Consent.AspNetCore;

/// <summary>
/// What the inventory knows of one undeclared cookie name: how often it was seen where, the first and last time, and
/// the first few request paths. Updated from many requests at once; its size does not grow with the sightings.
/// </summary>
internal sealed class InventoryEntry
{
    /// <summary>How many distinct request paths are kept for a name.</summary>
    public const int MaximumPaths = 5;

    /// <summary>Paths longer than this are cut, so that one long URL cannot hold much memory.</summary>
    public const int MaximumPathLength = 200;

    private readonly long[] _counts = new long[3];
    private readonly string?[] _paths = new string?[MaximumPaths];
    private readonly long _firstSeenTicks;
    private long _lastSeenTicks;
    private int _pathCount;

    public InventoryEntry(string name, DateTimeOffset now)
    {
        Name = name;
        _firstSeenTicks = now.UtcTicks;
        _lastSeenTicks = now.UtcTicks;
    }

    public string Name { get; }

    public DateTimeOffset FirstSeen => new(_firstSeenTicks, TimeSpan.Zero);

    public DateTimeOffset LastSeen => new(Interlocked.Read(ref _lastSeenTicks), TimeSpan.Zero);

    public long Count(CookieSeenIn where) => Interlocked.Read(ref _counts[(int)where]);

    /// <summary>The paths kept so far, in the order they were first seen.</summary>
    public IReadOnlyList<string> Paths
    {
        get
        {
            lock (_paths)
            {
                var paths = new string[_pathCount];
                for (var i = 0; i < paths.Length; i++)
                {
                    paths[i] = _paths[i]!;
                }

                return paths;
            }
        }
    }

    public void Note(CookieSeenIn where, string? path, DateTimeOffset now)
    {
        Interlocked.Increment(ref _counts[(int)where]);
        var ticks = now.UtcTicks;
        var last = Interlocked.Read(ref _lastSeenTicks);
        while (ticks > last)
        {
            var seen = Interlocked.CompareExchange(ref _lastSeenTicks, ticks, last);
            if (seen == last)
            {
                break;
            }

            last = seen;
        }

        // Once the paths are full, a sighting takes no lock.
        if (path is not null && Volatile.Read(ref _pathCount) < MaximumPaths)
        {
            AddPath(path);
        }
    }

    private void AddPath(string path)
    {
        var kept = path.Length > MaximumPathLength ? path[..MaximumPathLength] : path;
        lock (_paths)
        {
            if (_pathCount == MaximumPaths || Array.IndexOf(_paths, kept, 0, _pathCount) >= 0)
            {
                return;
            }

            _paths[_pathCount] = kept;
            Volatile.Write(ref _pathCount, _pathCount + 1);
        }
    }
}
