using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore;

/// <summary>Every log message of this package, in the <see cref="Category"/> category, with stable event ids.</summary>
/// <remarks>
/// Ids 9 to 11 were the audit writer's, whose messages moved to the <c>Consent.Auditing</c> category; they are not
/// reused, so a filter or an alert on an id keeps its meaning.
/// </remarks>
internal static partial class Log
{
    /// <summary>The logger category of every message here.</summary>
    public const string Category = "Consent.AspNetCore";

    [LoggerMessage(1, LogLevel.Debug, "Blocked cookie '{CookieName}' of category '{Category}': the visitor has not granted it.", EventName = "CookieBlocked")]
    public static partial void CookieBlocked(ILogger logger, string cookieName, string category);

    [LoggerMessage(2, LogLevel.Warning, "{Outcome} undeclared cookie `{CookieName}`: {Provider}, {Category}, {Lifetime}, {Source} — declare it as {Declaration} or, in appsettings, add {Json} to Consent:Cookies. Check it first: it is what the source says of the name, not what your site does with it.", EventName = "UndeclaredCookie")]
    public static partial void UndeclaredCookie(ILogger logger, string outcome, string cookieName, string provider, string category, string lifetime, string source, string declaration, string json);

    [LoggerMessage(40, LogLevel.Warning, "{Outcome} undeclared cookie `{CookieName}`: no suggestion, neither the library's table of ASP.NET Core cookies nor the Open Cookie Database knows the name. Find out who sets it and what for, then declare it with its category, purpose, provider and lifetime in Consent:Cookies or in code, as {Declaration}.", EventName = "UndeclaredCookieUnknown")]
    public static partial void UndeclaredCookieUnknown(ILogger logger, string outcome, string cookieName, string declaration);

    [LoggerMessage(3, LogLevel.Debug, "Expired cookie '{CookieName}' of category '{Category}', which the visitor has not granted.", EventName = "CookieCleared")]
    public static partial void CookieCleared(ILogger logger, string cookieName, string category);

    [LoggerMessage(4, LogLevel.Information, "Ignored the consent cookie: {Status}. The visitor will be asked again.", EventName = "ConsentCookieIgnored")]
    public static partial void ConsentCookieIgnored(ILogger logger, ConsentCookieStatus status);

    [LoggerMessage(5, LogLevel.Information, "Rejected a consent request: {Reason}", EventName = "ConsentRequestRejected")]
    public static partial void ConsentRequestRejected(ILogger logger, string reason);

    [LoggerMessage(6, LogLevel.Error, "Recording a consent decision in the audit log failed.", EventName = "AuditAppendFailed")]
    public static partial void AuditAppendFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "No durable audit log is configured: consent decisions are kept in memory and lost on restart. Call AddSqliteAuditLog or AddPostgreSqlAuditLog on the builder returned by AddCookieConsent.", EventName = "InMemoryAuditLog")]
    public static partial void InMemoryAuditLog(ILogger logger);

    [LoggerMessage(8, LogLevel.Debug, "A cookie named '{CookieName}' was appended with IsEssential but is declared in category '{Category}'; the declaration wins.", EventName = "EssentialOverridden")]
    public static partial void EssentialOverridden(ILogger logger, string cookieName, string category);

    [LoggerMessage(30, LogLevel.Warning, "Blocked cookie '{CookieName}': ASP.NET Core writes '{DeclaredName}' as {Shape}, and this one is not, so it is not strictly necessary. If the site writes it so on purpose, declare it in Consent:Cookies with its own category, purpose and lifetime.", EventName = "CookieNotInFrameworkShape")]
    public static partial void CookieNotInFrameworkShape(ILogger logger, string cookieName, string declaredName, string shape);

    [LoggerMessage(31, LogLevel.Warning, "Undeclared cookies seen since the site started: {CookieNames}. Declare each in Consent:Cookies; until then they are handled as Consent:UndeclaredCookies says ({Handling}).", EventName = "UndeclaredCookiesSeen")]
    public static partial void UndeclaredCookiesSeen(ILogger logger, string cookieNames, UndeclaredCookieHandling handling);

    [LoggerMessage(32, LogLevel.Warning, "CookiePolicyOptions.CheckConsentNeeded is set, as the 2.x templates did: ASP.NET Core's cookie policy would decide consent beside this library. The library now answers it, but remove CheckConsentNeeded from AddCookiePolicy / Configure<CookiePolicyOptions>, and the template's _CookieConsentPartial from the layout (use <CookieConsentBanner /> instead). Keep app.UseCookiePolicy() only for MinimumSameSitePolicy, HttpOnly or Secure.", EventName = "CookiePolicyDecidesConsent")]
    public static partial void CookiePolicyDecidesConsent(ILogger logger);

    [LoggerMessage(12, LogLevel.Error, "Looking up or saving a signed-in user's consent preference failed; the visitor is treated as cookie-only.", EventName = "PreferenceFailed")]
    public static partial void PreferenceFailed(ILogger logger, Exception exception);

    [LoggerMessage(13, LogLevel.Error, "Archiving the consent text shown to a visitor failed; it will be retried when the text is shown again.", EventName = "TextArchiveFailed")]
    public static partial void TextArchiveFailed(ILogger logger, Exception exception);
}
