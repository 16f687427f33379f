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
        Logger = loggerFactory.CreateLogger(Log.Category);
        Filter = new SetCookieFilter(policy, metrics, Logger, time);
        Cleaner = new RefusedCookieCleaner(policy, metrics, Logger);
        Preferences = new SignedInUserPreferences(preferences, Logger);
        Decisions = new ConsentDecisionPipeline(policy, codec, events, auditLog, Preferences, metrics, time, Logger);
    }

    public ConsentPolicy Policy { get; }

    public ConsentCookieCodec Codec { get; }

    public ILogger Logger { get; }

    public SetCookieFilter Filter { get; }

    public RefusedCookieCleaner Cleaner { get; }

    public SignedInUserPreferences Preferences { get; }

    public ConsentDecisionPipeline Decisions { get; }
}
