using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consent.Auditing;

/// <summary>Purges event bodies older than <see cref="ConsentAuditOptions.Retention"/> once an hour, keeping their hashes (COMPLIANCE R5).</summary>
internal sealed class ConsentAuditRetention : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private readonly IConsentAuditStore _store;
    private readonly TimeSpan? _retention;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ConsentAuditRetention(IConsentAuditStore store, IOptions<ConsentAuditOptions> options, TimeProvider time, ILoggerFactory loggerFactory)
    {
        _store = store;
        _retention = options.Value.Retention;
        _time = time;
        _logger = loggerFactory.CreateLogger(Log.Category);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_retention is not { } retention)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, _time);
        do
        {
            try
            {
                var purged = await _store.PurgeBodiesAsync(_time.GetUtcNow() - retention, stoppingToken).ConfigureAwait(false);
                Log.AuditBodiesPurged(_logger, purged);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed purge is retried at the next interval.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.AuditPurgeFailed(_logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
