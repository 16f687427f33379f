using System.Globalization;

namespace Consent.Testing;

/// <summary>
/// <c>Set-Cookie</c> headers a careless parser reads as deletions and a browser keeps, for months (issue 12, item 1).
/// The hostile hosts of the pipeline and browser tests write them; enforcement must never send them as written.
/// </summary>
public static class DisguisedDeletions
{
    /// <summary>How many raw headers <see cref="Header"/> knows.</summary>
    public const int Count = 6;

    /// <summary>One disguised deletion of the cookie <paramref name="name"/>, written at <paramref name="now"/>.</summary>
    public static string Header(int index, string name, DateTimeOffset now) => index switch
    {
        // Browsers use the last Max-Age.
        0 => $"{name}=abc; Max-Age=0; Max-Age=31536000",
        // Two-digit years 00-69 are 20xx (RFC 6265 §5.1.1).
        1 => $"{name}=abc; Expires=1 Jan 50 00:00:00 GMT",
        2 => $"{name}=GA1.1.123; Expires=1 Jan 0069 00:00:00 GMT; Path=/x",
        // Thirteen hours ahead, written with an offset that would put it in the past; browsers ignore offsets.
        3 => $"{name}=abc; Expires={(now + TimeSpan.FromHours(13)).UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} +14:00",
        // A no-break space is not white space to a browser: the Max-Age is invalid and the cookie lives for the session.
        4 => $"{name}=abc; Max-Age=0\u00A0",
        // Max-Age beats Expires.
        5 => $"{name}=abc; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=31536000",
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>The deletion enforcement sends instead, for a cookie written without Path or Domain.</summary>
    public static string Canonical(string name, string? path = null) =>
        $"{name}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0" + (path is null ? string.Empty : $"; Path={path}");
}
