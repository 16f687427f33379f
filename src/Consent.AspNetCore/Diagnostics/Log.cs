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

    [LoggerMessage(2, LogLevel.Warning, "{Outcome} undeclared cookie '{CookieName}'. Declare it in Consent:Cookies with its category, purpose, lifetime and provider, for example options.Cookies.Add(new DeclaredCookie {{ Name = \"{CookieName}\", Category = \"analytics\", Purpose = \"...\", Provider = \"...\" }}).", EventName = "UndeclaredCookie")]
    public static partial void UndeclaredCookie(ILogger logger, string outcome, string cookieName);

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

    [LoggerMessage(12, LogLevel.Error, "Looking up or saving a signed-in user's consent preference failed; the visitor is treated as cookie-only.", EventName = "PreferenceFailed")]
    public static partial void PreferenceFailed(ILogger logger, Exception exception);

    [LoggerMessage(13, LogLevel.Error, "Archiving the consent text shown to a visitor failed; it will be retried when the text is shown again.", EventName = "TextArchiveFailed")]
    public static partial void TextArchiveFailed(ILogger logger, Exception exception);

    [LoggerMessage(21, LogLevel.Error, "Recording the restore of a signed-in user's stored consent failed; the decision was not restored on this request.", EventName = "RestoreNotRecorded")]
    public static partial void RestoreNotRecorded(ILogger logger, Exception exception);
}
