namespace Consent.AspNetCore;

/// <summary>
/// Tells whether a category may be used on this request. Enforcement asks only when it meets a cookie of an optional
/// category, so the consent cookie is read only then; implementations are structs, so the calls are direct.
/// </summary>
internal interface IGrantLookup
{
    bool IsGranted(string category);
}
