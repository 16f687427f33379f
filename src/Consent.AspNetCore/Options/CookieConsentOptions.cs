using Consent.Auditing;

namespace Consent.AspNetCore;

/// <summary>
/// Configures cookie consent. Binds from the <c>Consent</c> configuration section
/// (for example <c>Consent:PolicyVersion</c> or the environment variable <c>Consent__PolicyVersion</c>)
/// and is validated at startup.
/// </summary>
public sealed class CookieConsentOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Consent";

    /// <summary>The longest consent lifetime accepted: 395 days, about 13 months (COMPLIANCE C10, CNIL).</summary>
    public static readonly TimeSpan MaximumConsentLifetime = TimeSpan.FromDays(395);

    /// <summary>The consent lifetime when none is configured: 182 days, about six months (COMPLIANCE C10).</summary>
    internal static readonly TimeSpan DefaultConsentLifetime = TimeSpan.FromDays(182);

    /// <summary>
    /// Gets the categories, keyed by their key, in the order visitors see them.
    /// Defaults to <c>necessary</c> (always on, locked), <c>functional</c>, <c>analytics</c> and
    /// <c>marketing</c> (sale/sharing). At most 32 categories.
    /// </summary>
    public IDictionary<string, ConsentCategory> Categories { get; } = CreateDefaultCategories();

    /// <summary>
    /// Gets the cookie registry: every cookie the site sets, with its category.
    /// The consent cookie and ASP.NET Core's antiforgery cookie are declared by the library itself.
    /// </summary>
    public IList<DeclaredCookie> Cookies { get; } = new List<DeclaredCookie>();

    /// <summary>
    /// Gets or sets the version of the site's privacy policy. Changing it asks every visitor again.
    /// The policy revision also changes on its own when a category or a declared cookie changes. Defaults to <c>1</c>.
    /// </summary>
    public string PolicyVersion { get; set; } = "1";

    /// <summary>
    /// Gets or sets how long a decision (a refusal too) is remembered before the visitor is asked again.
    /// Defaults to 182 days; at most <see cref="MaximumConsentLifetime"/>.
    /// </summary>
    public TimeSpan ConsentLifetime { get; set; } = DefaultConsentLifetime;

    /// <summary>
    /// Gets or sets what happens to a cookie the registry does not declare.
    /// Defaults to <see cref="UndeclaredCookieHandling.Block"/>.
    /// </summary>
    public UndeclaredCookieHandling UndeclaredCookies { get; set; } = UndeclaredCookieHandling.Block;

    /// <summary>Gets the name and attributes of the cookie that carries the decision.</summary>
    public ConsentCookieOptions ConsentCookie { get; } = new();

    /// <summary>
    /// Gets or sets whether enforcement is anchored at the very start of the pipeline, so that it also sees cookies
    /// written by the <c>OnStarting</c> callbacks of middleware placed before <c>UseCookieConsent()</c>.
    /// Defaults to <see langword="true"/>. When <see langword="false"/>, consent applies only from where
    /// <c>UseCookieConsent()</c> is placed, and requests that never reach it are not enforced.
    /// </summary>
    public bool EnforceFromPipelineStart { get; set; } = true;

    /// <summary>Gets or sets the path of the consent endpoint. Defaults to <c>/consent</c>.</summary>
    public string EndpointPath { get; set; } = "/consent";

    /// <summary>
    /// Gets the origins, besides the request's own, from which a browser may post to the endpoint, such as
    /// <c>https://www.example.com</c> behind a TLS-terminating proxy that forwards plain HTTP when the site does not use
    /// forwarded headers. A browser's <c>POST</c> with any other <c>Origin</c>, or with a <c>Sec-Fetch-Site</c> other than
    /// <c>same-origin</c> or <c>none</c>, is refused. Empty by default.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Gets or sets the URL of the site's privacy policy, linked from the banner. Defaults to <c>/privacy</c>.</summary>
    public string PrivacyPolicyUrl { get; set; } = "/privacy";

    /// <summary>
    /// Gets the passive inventory of undeclared cookies and its endpoint, <c>{EndpointPath}/inventory</c>: on by
    /// default in Development only.
    /// </summary>
    public CookieInventoryOptions Inventory { get; } = new();

    /// <summary>Gets the optional data recorded in audit events; all of it off by default.</summary>
    public ConsentAuditOptions Audit { get; } = new();

    private static OrderedDictionary<string, ConsentCategory> CreateDefaultCategories() => new(StringComparer.Ordinal)
    {
        [ConsentCategory.Necessary] = new ConsentCategory(),
        [ConsentCategory.Functional] = new ConsentCategory(),
        [ConsentCategory.Analytics] = new ConsentCategory(),
        [ConsentCategory.Marketing] = new ConsentCategory { IsSaleOrSharing = true },
    };
}
