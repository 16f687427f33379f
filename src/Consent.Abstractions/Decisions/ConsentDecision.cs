namespace Consent.Abstractions;

/// <summary>A visitor's decision: which categories they granted, under which policy revision, and when.</summary>
public sealed class ConsentDecision
{
    private readonly HashSet<string> _granted;

    /// <summary>Creates a decision.</summary>
    /// <param name="consentId">The visitor's consent ID.</param>
    /// <param name="grantedCategories">The keys of the granted categories; <c>necessary</c> is always added.</param>
    /// <param name="policyRevision">The policy revision the decision was made under.</param>
    /// <param name="decidedAt">When the decision was made.</param>
    /// <param name="globalPrivacyControl">Whether a GPC signal was present when it was made.</param>
    /// <param name="method">How the decision was made.</param>
    public ConsentDecision(
        ConsentId consentId,
        IEnumerable<string> grantedCategories,
        string policyRevision,
        DateTimeOffset decidedAt,
        bool globalPrivacyControl,
        ConsentMethod method)
    {
        ArgumentNullException.ThrowIfNull(grantedCategories);
        ArgumentException.ThrowIfNullOrEmpty(policyRevision);
        ConsentId = consentId;
        _granted = new HashSet<string>(grantedCategories, StringComparer.Ordinal) { CategoryKeys.Necessary };
        PolicyRevision = policyRevision;
        DecidedAt = decidedAt.ToUniversalTime();
        GlobalPrivacyControl = globalPrivacyControl;
        Method = method;
    }

    /// <summary>Gets the visitor's consent ID.</summary>
    public ConsentId ConsentId { get; }

    /// <summary>Gets the keys of the categories the visitor granted, <c>necessary</c> included.</summary>
    public IReadOnlySet<string> GrantedCategories => _granted;

    /// <summary>Gets the policy revision the decision was made under.</summary>
    public string PolicyRevision { get; }

    /// <summary>Gets when the decision was made, in UTC.</summary>
    public DateTimeOffset DecidedAt { get; }

    /// <summary>Gets whether a Global Privacy Control signal was present when the decision was made.</summary>
    public bool GlobalPrivacyControl { get; }

    /// <summary>Gets how the decision was made.</summary>
    public ConsentMethod Method { get; }

    /// <summary>
    /// Gets whether the decision itself grants the category. This ignores a GPC signal on the current request;
    /// ask the request's consent feature (<c>IConsentFeature.IsGranted</c> in Consent.AspNetCore) for what may be done now.
    /// </summary>
    /// <param name="category">The category key.</param>
    public bool Grants(string category) => _granted.Contains(category);
}
