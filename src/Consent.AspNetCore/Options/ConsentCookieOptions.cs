using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>Name and attributes of the first-party cookie that carries the visitor's decision.</summary>
public sealed class ConsentCookieOptions
{
    /// <summary>Gets or sets the cookie name. Defaults to <c>.Consent</c>.</summary>
    public string Name { get; set; } = ".Consent";

    /// <summary>Gets or sets the cookie Domain; <see langword="null"/> (the default) makes it host-only.</summary>
    public string? Domain { get; set; }

    /// <summary>
    /// Gets or sets when the cookie is marked Secure. Defaults to <see cref="CookieSecurePolicy.SameAsRequest"/>,
    /// so it is Secure whenever the request is HTTPS.
    /// </summary>
    public CookieSecurePolicy SecurePolicy { get; set; } = CookieSecurePolicy.SameAsRequest;

    /// <summary>
    /// Gets or sets the SameSite attribute. Defaults to <see cref="SameSiteMode.Lax"/>;
    /// <see cref="SameSiteMode.Strict"/> is also accepted.
    /// </summary>
    public SameSiteMode SameSite { get; set; } = SameSiteMode.Lax;
}
