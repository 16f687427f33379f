using System.Collections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Consent.AspNetCore;

/// <summary>A header dictionary that passes everything to the one it wraps except <c>Set-Cookie</c>, which it drops.</summary>
internal sealed class SetCookieFreeHeaders : IHeaderDictionary
{
    private readonly ILogger _logger;

    public SetCookieFreeHeaders(IHeaderDictionary inner, ILogger logger)
    {
        Inner = inner;
        _logger = logger;
    }

    public IHeaderDictionary Inner { get; }

    public long? ContentLength { get => Inner.ContentLength; set => Inner.ContentLength = value; }

    public ICollection<string> Keys => Inner.Keys;

    public ICollection<StringValues> Values => Inner.Values;

    public int Count => Inner.Count;

    public bool IsReadOnly => Inner.IsReadOnly;

    public StringValues this[string key]
    {
        get => Inner[key];
        set
        {
            if (!Refuses(key))
            {
                Inner[key] = value;
            }
        }
    }

    /// <summary>Removes <c>Set-Cookie</c> from a dictionary a caller put in the server's place.</summary>
    public static IHeaderDictionary WithoutSetCookie(IHeaderDictionary headers, ILogger logger)
    {
        if (headers.Remove(HeaderNames.SetCookie))
        {
            Log.SetCookieTrailerDropped(logger);
        }

        return headers;
    }

    public bool Wraps(IHeaderDictionary inner) => ReferenceEquals(Inner, inner);

    public void Add(string key, StringValues value)
    {
        if (!Refuses(key))
        {
#pragma warning disable ASP0019 // a wrapper keeps the semantics of the dictionary it wraps, throwing on a duplicate included
            Inner.Add(key, value);
#pragma warning restore ASP0019
        }
    }

    public void Add(KeyValuePair<string, StringValues> item) => Add(item.Key, item.Value);

    public void Clear() => Inner.Clear();

    public bool Contains(KeyValuePair<string, StringValues> item) => Inner.Contains(item);

    public bool ContainsKey(string key) => Inner.ContainsKey(key);

    public void CopyTo(KeyValuePair<string, StringValues>[] array, int arrayIndex) => Inner.CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<string, StringValues>> GetEnumerator() => Inner.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Remove(string key) => Inner.Remove(key);

    public bool Remove(KeyValuePair<string, StringValues> item) => Inner.Remove(item);

    public bool TryGetValue(string key, out StringValues value) => Inner.TryGetValue(key, out value);

    private bool Refuses(string key)
    {
        if (!string.Equals(key, HeaderNames.SetCookie, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Log.SetCookieTrailerDropped(_logger);
        return true;
    }
}
