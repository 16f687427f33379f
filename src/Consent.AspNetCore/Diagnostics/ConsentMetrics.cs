using System.Diagnostics.Metrics;
using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>Counters of the <c>Consent.AspNetCore</c> meter.</summary>
internal sealed class ConsentMetrics
{
    public const string MeterName = "Consent.AspNetCore";

    private readonly Counter<long> _blocked;
    private readonly Counter<long> _undeclared;
    private readonly Counter<long> _cleared;
    private readonly Counter<long> _decisions;

    public ConsentMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _blocked = meter.CreateCounter<long>("consent.cookies.blocked", "{cookie}", "Set-Cookie headers removed because their category was not granted or they were undeclared.");
        _undeclared = meter.CreateCounter<long>("consent.cookies.undeclared", "{cookie}", "Set-Cookie headers for cookies the registry does not declare.");
        _cleared = meter.CreateCounter<long>("consent.cookies.cleared", "{cookie}", "Request cookies of refused categories that the response expired.");
        _decisions = meter.CreateCounter<long>("consent.decisions", "{decision}", "Consent decisions taken, by method.");
    }

    public void Blocked(string category) => _blocked.Add(1, new KeyValuePair<string, object?>("consent.category", category));

    public void Undeclared(bool blocked) => _undeclared.Add(1, new KeyValuePair<string, object?>("consent.blocked", blocked));

    public void Cleared(string category) => _cleared.Add(1, new KeyValuePair<string, object?>("consent.category", category));

    public void Decision(ConsentMethod method) => _decisions.Add(1, new KeyValuePair<string, object?>("consent.method", method.ToString()));
}
