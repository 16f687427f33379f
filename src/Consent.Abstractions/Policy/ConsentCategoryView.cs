namespace Consent.Abstractions;

/// <summary>A consent category as the components show it.</summary>
/// <param name="Key">The key posted with a decision, such as <c>analytics</c>.</param>
/// <param name="Title">The configured title; <see langword="null"/> to use the shipped one.</param>
/// <param name="Description">The configured description; <see langword="null"/> to use the shipped one.</param>
/// <param name="Cookies">The cookies declared for the category.</param>
public sealed record ConsentCategoryView(string Key, string? Title, string? Description, IReadOnlyList<DeclaredCookieView> Cookies)
{
    /// <summary>Gets whether this is the strictly necessary category, always on.</summary>
    public bool IsNecessary => string.Equals(Key, CategoryKeys.Necessary, StringComparison.Ordinal);

    /// <summary>Gets the configured title in other languages, keyed by language tag (case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = LocalizedTexts.None;

    /// <summary>Gets the configured description in other languages, keyed by language tag (case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; init; } = LocalizedTexts.None;
}
