namespace Consent.AspNetCore;

/// <summary>
/// Asks several sources in turn and returns the first suggestion, so that a source that knows better (the
/// library's own table of ASP.NET Core cookies) is put in front of the Open Cookie Database.
/// </summary>
internal sealed class CookieSuggestions : ICookieSuggestionSource
{
    private readonly ICookieSuggestionSource[] _sources;

    public CookieSuggestions(IEnumerable<ICookieSuggestionSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = [.. sources];
        if (Array.IndexOf(_sources, null) >= 0)
        {
            throw new ArgumentException("A source is null.", nameof(sources));
        }
    }

    /// <summary>
    /// Gets the suggestions the library makes: its own table of ASP.NET Core's cookies (<see cref="FrameworkCookies"/>)
    /// in front of the Open Cookie Database.
    /// </summary>
    public static CookieSuggestions Default { get; } = WithOpenCookieDatabase(FrameworkCookies.Suggestions);

    /// <summary>Returns <paramref name="preferred"/>, when given, in front of the Open Cookie Database.</summary>
    public static CookieSuggestions WithOpenCookieDatabase(ICookieSuggestionSource? preferred = null) =>
        new(preferred is null ? [OpenCookieDatabase.Shared] : [preferred, OpenCookieDatabase.Shared]);

    public CookieSuggestion? Suggest(ReadOnlySpan<char> name)
    {
        foreach (var source in _sources)
        {
            if (source.Suggest(name) is { } suggestion)
            {
                return suggestion;
            }
        }

        return null;
    }
}
