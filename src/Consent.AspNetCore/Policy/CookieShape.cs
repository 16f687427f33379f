namespace Consent.AspNetCore;

/// <summary>
/// What ASP.NET Core writes under one of its cookie names: how long it keeps it, which names a chunked cookie
/// takes, and what its value looks like. A cookie of that name in any other shape is not the framework's, so it is
/// not strictly necessary (COMPLIANCE C11): a tracking ID under the antiforgery name is blocked.
/// </summary>
internal sealed class CookieShape
{
    // The framework computes Expires from the same clock a moment earlier; allow for the rounding to seconds.
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(1);

    /// <summary>Gets the longest lifetime the framework writes; <see langword="null"/> when it writes a session cookie only.</summary>
    public TimeSpan? MaximumLifetime { get; init; }

    /// <summary>Gets whether the name may carry the chunk suffix <c>C1</c>, <c>C2</c>… of ASP.NET Core's chunking cookie manager.</summary>
    public bool Chunked { get; init; }

    /// <summary>Gets a check of the value, when the framework always writes the same kind of value.</summary>
    public Func<string, bool>? Value { get; init; }

    /// <summary>Gets the shape in words, for the log.</summary>
    public required string Description { get; init; }

    /// <summary>Whether a <c>Set-Cookie</c> header for a cookie declared as <paramref name="declaredName"/> has this shape.</summary>
    /// <param name="declaredName">The declared name or pattern.</param>
    /// <param name="name">The cookie's name in the header.</param>
    /// <param name="header">The whole header value.</param>
    /// <param name="now">The current time.</param>
    public bool Fits(string declaredName, ReadOnlySpan<char> name, ReadOnlySpan<char> header, DateTimeOffset now)
    {
        if (Chunked && !IsBaseOrChunk(declaredName, name))
        {
            return false;
        }

        if (SetCookieLifetime.TryRead(header, now, out var lifetime)
            && lifetime > TimeSpan.Zero
            && (MaximumLifetime is not { } maximum || lifetime > maximum + Slack))
        {
            return false;
        }

        return Value is null || Value(ValueOf(header));
    }

    private static bool IsBaseOrChunk(string declaredName, ReadOnlySpan<char> name)
    {
        var stem = declaredName.AsSpan().TrimEnd('*');
        if (!name.StartsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }

        var suffix = name[stem.Length..];
        return suffix.IsEmpty
            || (suffix.Length > 1 && suffix[0] == 'C' && !suffix[1..].ContainsAnyExceptInRange('0', '9'));
    }

    private static string ValueOf(ReadOnlySpan<char> header)
    {
        var equals = header.IndexOf('=');
        if (equals < 0)
        {
            return string.Empty;
        }

        var value = header[(equals + 1)..];
        var end = value.IndexOf(';');
        return (end < 0 ? value : value[..end]).Trim(' ').Trim('"').ToString();
    }
}
