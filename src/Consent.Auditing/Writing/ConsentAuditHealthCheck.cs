using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consent.Auditing;

/// <summary>Reports the audit store: unhealthy when it is not started or its last commit failed, degraded when the queue is nearly full.</summary>
internal sealed class ConsentAuditHealthCheck : IHealthCheck
{
    private readonly ConsentAuditLogWriter _writer;

    public ConsentAuditHealthCheck(ConsentAuditLogWriter writer) => _writer = writer;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["queueDepth"] = _writer.QueueDepth,
            ["queueCapacity"] = _writer.QueueCapacity,
        };
        var result = !_writer.IsStarted
            ? HealthCheckResult.Unhealthy("The consent audit store is not started: decisions cannot be recorded.", data: data)
            : _writer.LastFailure is { } failure
                ? HealthCheckResult.Unhealthy("The last commit to the consent audit store failed: decisions are refused until it succeeds.", failure, data)
                : _writer.QueueDepth * 5L >= _writer.QueueCapacity * 4L
                    ? HealthCheckResult.Degraded("The consent audit queue is more than 80% full: decisions will soon be refused with 503.", data: data)
                    : HealthCheckResult.Healthy("The consent audit store is committing decisions.", data);
        return Task.FromResult(result);
    }
}
