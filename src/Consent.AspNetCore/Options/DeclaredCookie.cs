using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// A cookie the site declares in its cookie registry: what it is for, who sets it and how long it lives.
/// Every cookie, necessary ones too, should be declared (COMPLIANCE C11).
/// </summary>
public sealed class DeclaredCookie
{
    /// <summary>
    /// Gets or sets the cookie name, or a name pattern in which <c>*</c> stands for any run of characters
    /// (for example <c>_ga*</c> matches <c>_ga</c> and <c>_ga_K2Q9</c>).
    /// </summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the key of the category the cookie belongs to.</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets what the cookie is used for, in words a visitor understands, in the neutral language (Arabic, the
    /// language of the shipped texts when a culture has none). Shown in every language <see cref="Purposes"/> lacks,
    /// with a logged warning.
    /// </summary>
    public string Purpose { get; set; } = string.Empty;

    /// <summary>
    /// Gets the purpose in other languages, keyed by language tag (<c>en</c>, <c>fr</c>, or a culture such as
    /// <c>fr-CA</c>, which wins over <c>fr</c>); in appsettings, <c>Consent:Cookies:{i}:Purposes:en</c>.
    /// </summary>
    public IDictionary<string, string> Purposes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets how long the cookie lives; <see langword="null"/> for a session cookie.</summary>
    public TimeSpan? Lifetime { get; set; }

    /// <summary>Gets or sets who sets the cookie: the site itself or the named third party.</summary>
    public string Provider { get; set; } = string.Empty;

    /// <summary>Gets or sets whether the cookie belongs to a third party rather than to the site.</summary>
    public bool IsThirdParty { get; set; }

    /// <summary>
    /// Gets or sets the Domain the cookie is set with, when it is not host-only.
    /// Used to delete the cookie when its category is withdrawn.
    /// </summary>
    public string? Domain { get; set; }

    /// <summary>Gets or sets the Path the cookie is set with. Defaults to <c>/</c> when deleting.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// Gets or sets where the name lives: a cookie (the default), or a key of <c>localStorage</c> or
    /// <c>sessionStorage</c>, which only <c>&lt;ConsentCookieGuard /&gt;</c> can enforce and clean up.
    /// </summary>
    /// <value>Defaults to <see cref="CookieStorage.Cookie"/>.</value>
    public CookieStorage Storage { get; set; } = CookieStorage.Cookie;

    /// <summary>
    /// Gets the shape the framework writes this cookie in, for the library's own declarations of ASP.NET Core's
    /// cookies: a cookie of the name in another shape is blocked (COMPLIANCE C11). A site's declarations have none.
    /// </summary>
    internal CookieShape? Shape { get; init; }

    /// <summary>Gets whether <see cref="Name"/> is a pattern rather than an exact name.</summary>
    public bool IsPattern => Name.Contains('*', StringComparison.Ordinal);
}
