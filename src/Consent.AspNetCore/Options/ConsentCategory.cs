namespace Consent.AspNetCore;

/// <summary>
/// A purpose for which a visitor can grant or refuse cookies, such as <c>analytics</c>.
/// </summary>
public sealed class ConsentCategory
{
    /// <summary>The key of the strictly necessary category, which is always granted and cannot be switched off.</summary>
    public const string Necessary = Consent.Abstractions.CategoryKeys.Necessary;

    /// <summary>The key of the default category for preferences such as language or font size.</summary>
    public const string Functional = Consent.Abstractions.CategoryKeys.Functional;

    /// <summary>The key of the default category for audience measurement.</summary>
    public const string Analytics = Consent.Abstractions.CategoryKeys.Analytics;

    /// <summary>The key of the default category for advertising; it is marked as sale/sharing.</summary>
    public const string Marketing = Consent.Abstractions.CategoryKeys.Marketing;

    /// <summary>
    /// Gets the key that identifies the category in forms, cookies and the audit log.
    /// It is the key under which the category is registered in <see cref="CookieConsentOptions.Categories"/>.
    /// </summary>
    public string Key { get; internal set; } = string.Empty;

    /// <summary>
    /// Gets or sets the title shown to visitors. When <see langword="null"/>, the components use their
    /// localized title for the four default categories; other categories must set it.
    /// </summary>
    public string? Title { get; set; }

    /// <summary>
    /// Gets or sets the description of the purpose shown to visitors. When <see langword="null"/>, the components
    /// use their localized description for the four default categories; other categories must set it.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Gets the title in other languages than the neutral one, keyed by language tag (<c>en</c>, <c>fr-CA</c>…); in
    /// appsettings, <c>Consent:Categories:{key}:Titles:en</c>. A language without one falls back to the shipped title
    /// of a default category, else to <see cref="Title"/>, with a logged warning.
    /// </summary>
    public IDictionary<string, string> Titles { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the description in other languages, as <see cref="Titles"/> does for the title.</summary>
    public IDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets whether cookies of this category sell or share personal data (CCPA/CPRA sense).
    /// Such categories stay off while a Global Privacy Control signal is present, unless the visitor opts in
    /// to them explicitly. Defaults to <see langword="true"/> only for <see cref="Marketing"/>.
    /// </summary>
    public bool IsSaleOrSharing { get; set; }

    /// <summary>Gets whether this is the strictly necessary category.</summary>
    public bool IsNecessary => string.Equals(Key, Necessary, StringComparison.Ordinal);

    /// <summary>Gets whether the key is one of the four categories the library ships texts for.</summary>
    public bool IsWellKnown => Key is Necessary or Functional or Analytics or Marketing;
}
