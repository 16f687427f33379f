using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consent.Auditing;

/// <summary>
/// The single writer in front of an <see cref="IConsentAuditStore"/>: appends wait in a bounded queue and the writer
/// commits everything waiting in one transaction (group commit), so durability does not cost throughput. A full
/// queue holds requests back and then refuses them with <see cref="ConsentAuditLogBusyException"/>; nothing is
/// dropped. Stopping drains the queue.
/// </summary>
internal sealed class ConsentAuditLogWriter : IConsentAuditLog, IHostedService
{
    private readonly IConsentAuditStore _store;
    private readonly ConsentAuditOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<PendingAppend> _queue;
    private Task _loop = Task.CompletedTask;
    private volatile bool _started;
    private volatile Exception? _lastFailure;

    public ConsentAuditLogWriter(IConsentAuditStore store, IOptions<ConsentAuditOptions> options, System.Diagnostics.Metrics.IMeterFactory meterFactory, ILoggerFactory loggerFactory)
    {
        _store = store;
        _options = options.Value;
        _logger = loggerFactory.CreateLogger(Log.Category);
        _queue = Channel.CreateBounded<PendingAppend>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        Metrics = new ConsentAuditMetrics(meterFactory, () => _queue.Reader.Count);
    }

    public ConsentAuditMetrics Metrics { get; }

    public bool IsStarted => _started;

    public int QueueDepth => _queue.Reader.Count;

    public int QueueCapacity => _options.QueueCapacity;

    /// <summary>Gets the error of the last batch, or <see langword="null"/> when the last batch committed.</summary>
    public Exception? LastFailure => _lastFailure;

    public async ValueTask<ConsentAuditAppendResult> AppendAsync(ConsentEvent consentEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        var pending = new PendingAppend(new ConsentAuditRecord(consentEvent, ConsentEventEncoding.Encode(consentEvent)));
        if (!_queue.Writer.TryWrite(pending))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.QueueTimeout);
            try
            {
                await _queue.Writer.WriteAsync(pending, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Metrics.Rejected();
                throw new ConsentAuditLogBusyException("The consent audit queue stayed full; the decision was not recorded.", TimeSpan.FromSeconds(1));
            }
            catch (ChannelClosedException)
            {
                Metrics.Rejected();
                throw new ConsentAuditLogBusyException("The consent audit log is shutting down; the decision was not recorded.", TimeSpan.FromSeconds(5));
            }
        }

        return await pending.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        _loop = Task.Run(RunAsync, CancellationToken.None);
        _started = true;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Requests still in flight were drained by the server before hosted services stop; what is queued is written.
        _queue.Writer.TryComplete();
        Log.AuditDraining(_logger, _queue.Reader.Count);
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        _started = false;
    }

    private async Task RunAsync()
    {
        var max = _options.MaxBatchSize;
        var pending = new List<PendingAppend>(Math.Min(max, 1024));
        var records = new List<ConsentAuditRecord>(Math.Min(max, 1024));
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (pending.Count < max && reader.TryRead(out var next))
            {
                pending.Add(next);
                records.Add(next.Record);
            }

            try
            {
                var results = await _store.AppendBatchAsync(records, CancellationToken.None).ConfigureAwait(false);
                _lastFailure = null;
                var appended = 0;
                foreach (var result in results)
                {
                    appended += result.IsAlreadyRecorded ? 0 : 1;
                }

                Metrics.Committed(appended);

                // The store answers each event, a retry queued beside its first submission included (IConsentAuditStore).
                for (var i = 0; i < pending.Count; i++)
                {
                    pending[i].TrySetResult(results[i]);
                }
            }
#pragma warning disable CA1031 // Every waiting request learns of the failure and answers 503; the writer keeps running.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _lastFailure = exception;
                Metrics.Failed(pending.Count);
                Log.AuditBatchFailed(_logger, pending.Count, exception);
                foreach (var append in pending)
                {
                    append.TrySetException(exception);
                }
            }

            pending.Clear();
            records.Clear();
        }
    }

    private sealed class PendingAppend(ConsentAuditRecord record) : TaskCompletionSource<ConsentAuditAppendResult>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public ConsentAuditRecord Record { get; } = record;
    }
}
