using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Consent.AspNetCore;

/// <summary>
/// The passive inventory: every undeclared cookie name the middleware sees in a <c>Set-Cookie</c> or a request's
/// <c>Cookie</c> header, or that the browser guard reports a script wrote, with counts, times and a few paths.
/// Names only, never values. Memory is bounded: at most <see cref="CookieInventoryOptions.MaximumNames"/> names of at
/// most <see cref="MaximumNameLength"/> characters, each with a fixed-size entry; further sightings are only counted.
/// </summary>
internal sealed class CookieInventory
{
    /// <summary>Longer names are not kept: no browser keeps a cookie whose name and value pass 4,096 bytes anyway.</summary>
    public const int MaximumNameLength = 256;

    // RFC 6265 token characters: what a declaration can name (the options validator accepts the same, and '*').
    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("!#$%&'+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly ConsentPolicy _policy;
    private readonly TimeProvider _time;
    private readonly int _maximumNames;
    private readonly ConcurrentDictionary<string, InventoryEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, InventoryEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;
    private long _overflow;

    public CookieInventory(ConsentPolicy policy, TimeProvider time)
    {
        _policy = policy;
        _time = time;
        _maximumNames = policy.Options.Inventory.MaximumNames;
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets how many sightings were not kept: names beyond the cap, too long, or not cookie names.</summary>
    public long Overflow => Interlocked.Read(ref _overflow);

    /// <summary>Gets the names kept so far, in no particular order.</summary>
    public IReadOnlyCollection<InventoryEntry> Entries => [.. _entries.Values];

    /// <summary>
    /// Records the undeclared cookies of a request whose response was never enforced, such as one whose pipeline threw
    /// before it started; otherwise the refused-cookie cleaner notes them in its own scan of the <c>Cookie</c> header.
    /// </summary>
    /// <param name="headers">The request's <c>Cookie</c> headers.</param>
    /// <param name="path">The path the request arrived with.</param>
    public void NoteRequestCookies(StringValues headers, string? path)
    {
        var scanner = new RequestCookieScanner(headers);
        while (scanner.MoveNext())
        {
            if (_policy.FindCookie(scanner.Name) is null)
            {
                Note(scanner.Name, CookieSeenIn.Request, path);
            }
        }
    }

    /// <summary>Records a cookie seen in a <c>Set-Cookie</c> header, which the filter found undeclared.</summary>
    public void NoteSetCookie(ReadOnlySpan<char> name, HttpContext? context) =>
        Note(name, CookieSeenIn.SetCookie, context?.Request.Path.Value);

    /// <summary>
    /// Records a cookie that a script in the page wrote, as the browser guard reports it; the name comes from the
    /// browser, so it is checked like any other and kept only when it is undeclared.
    /// </summary>
    internal void NoteScriptCookie(string name, string? path)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_policy.FindCookie(name) is null)
        {
            Note(name, CookieSeenIn.Script, path);
        }
    }

    /// <summary>Records one sighting of an undeclared cookie.</summary>
    public void Note(ReadOnlySpan<char> name, CookieSeenIn where, string? path)
    {
        var now = _time.GetUtcNow();
        if (_lookup.TryGetValue(name, out var entry))
        {
            entry.Note(where, path, now);
            return;
        }

        if (name.IsEmpty || name.Length > MaximumNameLength || name.ContainsAnyExcept(NameCharacters))
        {
            Interlocked.Increment(ref _overflow);
            return;
        }

        if (Interlocked.Increment(ref _count) > _maximumNames)
        {
            Interlocked.Decrement(ref _count);
            Interlocked.Increment(ref _overflow);
            return;
        }

        var added = new InventoryEntry(name.ToString(), now);
        entry = _entries.GetOrAdd(added.Name, added);
        if (!ReferenceEquals(entry, added))
        {
            // Another request added the name first: give the slot back.
            Interlocked.Decrement(ref _count);
        }

        entry.Note(where, path, now);
    }
}
