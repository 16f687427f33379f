using System.Buffers;
using Microsoft.Extensions.Primitives;

namespace Consent.AspNetCore;

/// <summary>Walks the name/value pairs of a request's <c>Cookie</c> headers without allocating.</summary>
internal ref struct RequestCookieScanner
{
    private readonly StringValues _headers;
    private int _headerIndex;
    private ReadOnlySpan<char> _rest;

    public RequestCookieScanner(StringValues headers)
    {
        _headers = headers;
        _headerIndex = -1;
        _rest = default;
    }

    public ReadOnlySpan<char> Name { get; private set; }

    public ReadOnlySpan<char> Value { get; private set; }

    public bool MoveNext() => MoveNext(null);

    /// <summary>
    /// Moves to the next cookie whose name starts with one of <paramref name="firstCharacters"/>, or to the next cookie
    /// when it is <see langword="null"/>. Other pairs are dropped at their first character, unparsed: most of a
    /// request's cookies are not the ones asked for, and this runs on every response.
    /// </summary>
    public bool MoveNext(SearchValues<char>? firstCharacters)
    {
        while (true)
        {
            while (_rest.IsEmpty)
            {
                if (++_headerIndex >= _headers.Count)
                {
                    return false;
                }

                _rest = _headers[_headerIndex];
            }

            var end = _rest.IndexOf(';');
            var pair = end < 0 ? _rest : _rest[..end];
            _rest = end < 0 ? default : _rest[(end + 1)..];
            if (firstCharacters is not null && pair.TrimStart() is var start && (start.IsEmpty || !firstCharacters.Contains(start[0])))
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            Name = pair[..equals].Trim();
            var value = pair[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1];
            }

            Value = value;
            if (!Name.IsEmpty)
            {
                return true;
            }
        }
    }

    /// <summary>Finds the value of the first cookie with the given name.</summary>
    public static bool TryFind(StringValues headers, string name, out ReadOnlySpan<char> value)
    {
        var scanner = new RequestCookieScanner(headers);
        while (scanner.MoveNext())
        {
            if (scanner.Name.SequenceEqual(name))
            {
                value = scanner.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
