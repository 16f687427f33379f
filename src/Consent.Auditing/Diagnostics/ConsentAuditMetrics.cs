using System.Diagnostics.Metrics;

namespace Consent.Auditing;

/// <summary>The audit writer's instruments, in the <c>Consent.Auditing</c> meter: appends, rejections, batch sizes and queue depth.</summary>
internal sealed class ConsentAuditMetrics
{
    /// <summary>The name of the meter of the audit writer.</summary>
    public const string MeterName = "Consent.Auditing";

    private readonly Counter<long> _appends;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _failures;
    private readonly Histogram<int> _batchSize;

    public ConsentAuditMetrics(IMeterFactory meterFactory, Func<int> queueDepth)
    {
        var meter = meterFactory.Create(MeterName);
        _appends = meter.CreateCounter<long>("consent.audit.appends", "{event}", "Audit events durably committed.");
        _rejections = meter.CreateCounter<long>("consent.audit.rejections", "{event}", "Appends refused because the queue stayed full (answered 503).");
        _failures = meter.CreateCounter<long>("consent.audit.failures", "{event}", "Appends lost to a failed batch commit (answered 503, decision not applied).");
        _batchSize = meter.CreateHistogram<int>("consent.audit.batch.size", "{event}", "Events committed per transaction.");
        meter.CreateObservableGauge("consent.audit.queue.depth", queueDepth, "{event}", "Appends waiting for the writer.");
    }

    public void Committed(int count)
    {
        _appends.Add(count);
        _batchSize.Record(count);
    }

    public void Rejected() => _rejections.Add(1);

    public void Failed(int count) => _failures.Add(count);
}
