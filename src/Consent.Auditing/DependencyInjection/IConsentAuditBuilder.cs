using Microsoft.Extensions.DependencyInjection;

namespace Consent.Auditing;

/// <summary>
/// A builder that audit stores register on. <c>AddCookieConsent()</c> returns one, so a store package needs only this
/// package, not ASP.NET Core: <c>AddCookieConsent().AddSqliteAuditLog(...)</c>.
/// </summary>
public interface IConsentAuditBuilder
{
    /// <summary>Gets the service collection consent is registered in.</summary>
    IServiceCollection Services { get; }
}
