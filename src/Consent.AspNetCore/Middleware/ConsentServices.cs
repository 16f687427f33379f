using Consent.Auditing;
using Microsoft.Extensions.Hosting;
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
        CookiePolicyBridge cookiePolicy,
        IConsentPreferenceStore? preferences = null,
        IHostEnvironment? environment = null)
    {
        CookiePolicy = cookiePolicy;
        Policy = policy;
        Codec = codec;
        Logger = loggerFactory.CreateLogger(Log.Category);
        Suggestions = CookieSuggestions.Default;
        Inventory = (policy.Options.Inventory.Enabled ?? environment?.IsDevelopment() ?? false) ? new CookieInventory(policy, time) : null;
        Filter = new SetCookieFilter(policy, metrics, Logger, time, Inventory, Suggestions);
        Cleaner = new RefusedCookieCleaner(policy, metrics, Logger);
        Preferences = new SignedInUserPreferences(preferences, Logger);
        Decisions = new ConsentDecisionPipeline(policy, codec, events, auditLog, Preferences, metrics, time);
    }

    public ConsentPolicy Policy { get; }

    public CookiePolicyBridge CookiePolicy { get; }

    /// <summary>Gets the passive inventory of undeclared cookies; <see langword="null"/> when it is off (COMPLIANCE C11).</summary>
    public CookieInventory? Inventory { get; }

    /// <summary>Gets what the library suggests for an undeclared cookie: its own table, then the Open Cookie Database.</summary>
    public ICookieSuggestionSource Suggestions { get; }

    public ConsentCookieCodec Codec { get; }

    public ILogger Logger { get; }

    public SetCookieFilter Filter { get; }

    public RefusedCookieCleaner Cleaner { get; }

    public SignedInUserPreferences Preferences { get; }

    public ConsentDecisionPipeline Decisions { get; }
}
