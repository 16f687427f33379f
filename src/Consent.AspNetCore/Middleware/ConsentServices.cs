using Consent.Auditing;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore;

/// <summary>The singletons every request's consent feature works with.</summary>
internal sealed class ConsentServices
{
    public ConsentServices(
        ConsentPolicy policy,
        ConsentCookieCodec codec,
        ConsentMetrics metrics,
        ILoggerFactory loggerFactory,
        TimeProvider time,
        IConsentAuditLog auditLog,
        ConsentEventFactory events,
        IConsentPreferenceStore? preferences = null)
    {
        Policy = policy;
        Codec = codec;
        Metrics = metrics;
        Logger = loggerFactory.CreateLogger("Consent.AspNetCore");
        Time = time;
        AuditLog = auditLog;
        Events = events;
        Filter = new SetCookieFilter(this);
        Cleaner = new RefusedCookieCleaner(this);
        Preferences = new SignedInUserPreferences(preferences, Logger);
    }

    public ConsentPolicy Policy { get; }

    public ConsentCookieCodec Codec { get; }

    public ConsentMetrics Metrics { get; }

    public ILogger Logger { get; }

    public TimeProvider Time { get; }

    public IConsentAuditLog AuditLog { get; }

    public ConsentEventFactory Events { get; }

    public SetCookieFilter Filter { get; }

    public RefusedCookieCleaner Cleaner { get; }

    public SignedInUserPreferences Preferences { get; }
}
