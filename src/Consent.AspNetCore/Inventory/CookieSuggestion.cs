namespace Consent.AspNetCore;

/// <summary>
/// What a source knows about a cookie name: the category, provider, purpose and lifetime to propose when the
/// site has not declared the cookie, and where that knowledge comes from. A suggestion, never a declaration:
/// the site reviews it before it declares anything (COMPLIANCE C11).
/// </summary>
internal sealed record CookieSuggestion
{
    /// <summary>Gets the key of the proposed category (one of <see cref="Abstractions.CategoryKeys"/>).</summary>
    public required string Category { get; init; }

    /// <summary>Gets who sets the cookie, as the source names it; <see langword="null"/> when it does not say.</summary>
    public string? Provider { get; init; }

    /// <summary>Gets what the cookie is for, in the source's words.</summary>
    public required string Purpose { get; init; }

    /// <summary>Gets the language tag of <see cref="Purpose"/>; <see langword="null"/> when the source does not say.</summary>
    public string? PurposeLanguage { get; init; }

    /// <summary>Gets how long the cookie lives, when the source says so unambiguously.</summary>
    public SuggestedLifetime Lifetime { get; init; }

    /// <summary>Gets the name of the source, for example <c>Open Cookie Database</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the identifier of the entry in the source, when it has one.</summary>
    public string? SourceId { get; init; }

    /// <summary>
    /// Gets the identifiers of other entries of the source for the same name that lost to this one,
    /// so that a reviewer can see that the name is ambiguous.
    /// </summary>
    public IReadOnlyList<string> OtherSourceIds { get; init; } = [];

    /// <summary>Gets the name or stem of the entry that matched.</summary>
    public required string MatchedName { get; init; }

    /// <summary>Gets whether the entry matched as a stem (a prefix) rather than as the exact name.</summary>
    public bool IsStemMatch { get; init; }
}
