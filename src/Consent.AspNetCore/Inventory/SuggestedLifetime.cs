using System.Globalization;

namespace Consent.AspNetCore;

/// <summary>
/// How long a suggested cookie lives: a duration, the browser session, or unknown when the source does not say
/// in terms that can be read without guessing.
/// </summary>
internal readonly record struct SuggestedLifetime
{
    private SuggestedLifetime(TimeSpan? duration, bool isSession)
    {
        Duration = duration;
        IsSession = isSession;
    }

    /// <summary>Gets a lifetime nobody knows. This is the default value.</summary>
    public static SuggestedLifetime Unknown => default;

    /// <summary>Gets the lifetime of a session cookie, which goes when the browser session ends.</summary>
    public static SuggestedLifetime Session { get; } = new(null, isSession: true);

    /// <summary>Gets the duration of a persistent cookie; <see langword="null"/> for a session or unknown lifetime.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>Gets whether the cookie lives for the browser session only.</summary>
    public bool IsSession { get; }

    /// <summary>Gets whether the lifetime is known: a session, or a duration.</summary>
    public bool IsKnown => IsSession || Duration is not null;

    /// <summary>Returns the lifetime of a persistent cookie that lives for <paramref name="duration"/>.</summary>
    public static SuggestedLifetime Of(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return new(duration, isSession: false);
    }

    /// <inheritdoc />
    public override string ToString() => IsSession ? "session" : Duration?.ToString("c", CultureInfo.InvariantCulture) ?? "unknown";
}
