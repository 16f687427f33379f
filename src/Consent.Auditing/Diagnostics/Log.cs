using Microsoft.Extensions.Logging;

namespace Consent.Auditing;

/// <summary>The log messages of the audit writer and retention, in the <see cref="Category"/> category, with stable event ids.</summary>
internal static partial class Log
{
    /// <summary>The logger category of every message here.</summary>
    public const string Category = "Consent.Auditing";

    [LoggerMessage(1, LogLevel.Error, "Committing {Count} consent audit events failed; those decisions were refused.", EventName = "AuditBatchFailed")]
    public static partial void AuditBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(2, LogLevel.Information, "Purged the bodies of {Count} audit events past their retention; their hashes are kept.", EventName = "AuditBodiesPurged")]
    public static partial void AuditBodiesPurged(ILogger logger, long count);

    [LoggerMessage(3, LogLevel.Error, "Purging audit event bodies past their retention failed; retrying in an hour.", EventName = "AuditPurgeFailed")]
    public static partial void AuditPurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "Stopping: committing the {Count} queued consent decisions before exit.", EventName = "AuditDraining")]
    public static partial void AuditDraining(ILogger logger, int count);
}
