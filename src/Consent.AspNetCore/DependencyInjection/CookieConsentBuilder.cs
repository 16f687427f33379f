using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore;

/// <summary>
/// Configures cookie consent further after <c>AddCookieConsent()</c>, for example with an audit store
/// (<c>AddSqliteAuditLog</c>, <c>AddPostgreSqlAuditLog</c>, <c>AddAuditStore</c>, <c>AddInMemoryAuditLog</c>).
/// </summary>
public sealed class CookieConsentBuilder : IConsentAuditBuilder
{
    internal CookieConsentBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection consent is registered in.</summary>
    public IServiceCollection Services { get; }
}
