using System.Buffers;

namespace Consent.AspNetCore;

/// <summary>
/// ASP.NET Core's own cookies, declared by the library so that a stock site works before and after every decision:
/// each with its category, purpose and lifetime, and necessary only where COMPLIANCE C11 allows (the state of what
/// the visitor is doing, sign-in and its security, the language chosen, load balancing). Each is held to the shape
/// the framework writes (<see cref="CookieShape"/>); a site that declares a cookie of the same name replaces the entry.
/// </summary>
/// <remarks>
/// The purposes here are English; the components show the shipped Arabic, English and French texts (resources
/// <c>Cookie.{name}.Purpose</c> of Consent.Components), since a built-in cookie has no provider of its own.
/// </remarks>
internal static class FrameworkCookies
{
    /// <summary>The source named in the suggestions of this table.</summary>
    public const string SourceName = "ASP.NET Core";

    /// <summary>The default lifetime of a persistent cookie-authentication ticket (<c>CookieAuthenticationOptions.ExpireTimeSpan</c>).</summary>
    public static readonly TimeSpan AuthenticationLifetime = TimeSpan.FromDays(14);

    /// <summary>How long remote sign-in (OpenID Connect) keeps its nonce and correlation cookies (<c>RemoteAuthenticationTimeout</c>).</summary>
    public static readonly TimeSpan RemoteSignInLifetime = TimeSpan.FromMinutes(15);

    /// <summary>The lifetime of the culture cookie as ASP.NET Core's documentation writes it: one year.</summary>
    public static readonly TimeSpan CultureLifetime = TimeSpan.FromDays(365);

    private static readonly SearchValues<char> CultureNameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    private static readonly CookieShape Session = new() { Description = "a session cookie" };

    private static readonly CookieShape ChunkedSession = new() { Chunked = true, Description = "a session cookie, chunked as C1, C2…" };

    private static readonly CookieShape Authentication = new()
    {
        Chunked = true,
        MaximumLifetime = AuthenticationLifetime,
        Description = "a session cookie or one of at most 14 days, chunked as C1, C2…",
    };

    private static readonly CookieShape RemoteSignIn = new()
    {
        MaximumLifetime = RemoteSignInLifetime,
        Value = value => value == "N",
        Description = "the value N for at most 15 minutes",
    };

    /// <summary>Gets the table, in the order the cookie tables list it.</summary>
    public static IReadOnlyList<DeclaredCookie> All { get; } =
    [
        Necessary(ConsentPolicy.AntiforgeryCookiePattern, "Protects the forms of this site, your cookie choice included, against forged requests.", null, Session),
        Necessary(".AspNetCore.Mvc.CookieTempDataProvider*", "Carries a short message from one page to the next, such as the confirmation that your changes were saved.", null, ChunkedSession),
        Necessary(".AspNetCore.Session", "Keeps what you are doing on this site, such as a form in several steps or your basket, until the browser closes.", null, Session),
        Necessary(CultureCookieName, "Remembers the language you chose for this site.", CultureLifetime, new CookieShape
        {
            MaximumLifetime = CultureLifetime + TimeSpan.FromDays(1),
            Value = IsCultureValue,
            Description = "c=culture|uic=culture for at most a year",
        }),
        Necessary(".AspNetCore.Identity.Application*", "Keeps you signed in.", AuthenticationLifetime, Authentication),
        Necessary("Identity.External*", "Completes your sign-in with another provider, such as Google or Microsoft.", null, Authentication),
        Necessary("Identity.TwoFactorRememberMe*", "Remembers that this browser passed two-step verification, if you asked it to.", AuthenticationLifetime, Authentication),
        Necessary("Identity.TwoFactorUserId*", "Holds your sign-in between the password and the second step of verification.", null, Authentication),
        Necessary(".AspNetCore.Cookies*", "Keeps you signed in.", AuthenticationLifetime, Authentication),
        Necessary(".AspNetCore.OpenIdConnect.Nonce.*", "Protects your sign-in with another provider against the replay of an earlier request.", RemoteSignInLifetime, RemoteSignIn),
        Necessary(".AspNetCore.Correlation.*", "Protects your sign-in with another provider against forged requests.", RemoteSignInLifetime, RemoteSignIn),
        Necessary("ARRAffinity", "Sends your requests to the same server while you browse (load balancing).", null, Session),
        Necessary("ARRAffinitySameSite", "Sends your requests to the same server while you browse (load balancing).", null, Session),
    ];

    /// <summary>
    /// Gets the table as a source of cookie suggestions, to put in front of the Open Cookie Database: for these
    /// names the library knows the category and the shape better.
    /// </summary>
    public static ICookieSuggestionSource Suggestions { get; } = new DeclaredCookieSuggestionSource(All, SourceName, "en");

    /// <summary>The name of the one cookie of the table a script may write (a language switcher in the page).</summary>
    public const string CultureCookieName = ".AspNetCore.Culture";

    private static readonly HashSet<DeclaredCookie> WrittenHttpOnly = new(All.Where(c => c.Name != CultureCookieName), ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Whether <paramref name="cookie"/> is one of this table's entries that ASP.NET Core writes HttpOnly, so that no
    /// script reads or writes it (a site's own declaration of the same name is not).
    /// </summary>
    public static bool IsHttpOnly(DeclaredCookie cookie) => WrittenHttpOnly.Contains(cookie);

    private static DeclaredCookie Necessary(string name, string purpose, TimeSpan? lifetime, CookieShape shape) => new()
    {
        Name = name,
        Category = ConsentCategory.Necessary,
        Purpose = purpose,
        Lifetime = lifetime,
        Provider = string.Empty,
        Path = "/",
        Shape = shape,
    };

    // CookieRequestCultureProvider.MakeCookieValue writes "c=ar|uic=ar"; Response.Cookies.Append percent-encodes it.
    private static bool IsCultureValue(string value)
    {
        var text = Uri.UnescapeDataString(value);
        var parts = text.Split('|');
        if (parts.Length is 0 or > 2)
        {
            return false;
        }

        foreach (var part in parts)
        {
            var name = part.StartsWith("c=", StringComparison.Ordinal) ? part.AsSpan(2)
                : part.StartsWith("uic=", StringComparison.Ordinal) ? part.AsSpan(4)
                : [];
            if (name.IsEmpty || name.Length > 85 || name.ContainsAnyExcept(CultureNameCharacters))
            {
                return false;
            }
        }

        return true;
    }
}
