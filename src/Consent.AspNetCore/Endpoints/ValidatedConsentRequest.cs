using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>A consent request whose every field has been checked.</summary>
internal sealed record ValidatedConsentRequest(
    ConsentMethod Method,
    IReadOnlyList<string> Categories,
    string ReturnUrl,
    ConsentAuditDetails Details);
