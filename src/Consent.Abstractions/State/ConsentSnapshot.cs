namespace Consent.Abstractions;

/// <summary>
/// What the components need to know of the visitor's consent, taken from the request on the server. Serializable,
/// so that interactive components rendered after prerendering see the same state (a circuit or the browser has no
/// request).
/// </summary>
/// <param name="HasDecision">Whether the visitor has a valid decision.</param>
/// <param name="Granted">The categories that may be used now (GPC already applied), <c>necessary</c> included.</param>
/// <param name="GlobalPrivacyControl">Whether the request carried <c>Sec-GPC: 1</c>.</param>
/// <param name="ConsentId">The visitor's consent ID, when there is a decision.</param>
public sealed record ConsentSnapshot(bool HasDecision, IReadOnlyList<string> Granted, bool GlobalPrivacyControl, string? ConsentId)
{
    /// <summary>Gets whether the category may be used now; <c>necessary</c> always may.</summary>
    /// <param name="category">The category key.</param>
    public bool IsGranted(string category) =>
        category == CategoryKeys.Necessary || Granted.Contains(category, StringComparer.Ordinal);
}
