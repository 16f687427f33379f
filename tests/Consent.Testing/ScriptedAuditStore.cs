using System.Collections.Concurrent;
using Consent.Auditing;

namespace Consent.Testing;

/// <summary>A store whose commits can be held back or made to fail, to observe the writer.</summary>
public sealed class ScriptedAuditStore : IConsentAuditStore
{
    private readonly ConcurrentDictionary<string, ConsentEvent> _keys = new(StringComparer.Ordinal);
    private volatile TaskCompletionSource _gate = Open();

    public ConcurrentQueue<int> BatchSizes { get; } = new();

    public ConcurrentQueue<ConsentEvent> Committed { get; } = new();

    public Exception? FailWith { get; set; }

    public TaskCompletionSource BatchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<ConsentAuditAppendResult>> AppendBatchAsync(IReadOnlyList<ConsentAuditRecord> batch, CancellationToken cancellationToken)
    {
        BatchStarted.TrySetResult();
        await _gate.Task;
        if (FailWith is { } failure)
        {
            throw failure;
        }

        BatchSizes.Enqueue(batch.Count);

        // As the contract asks of every store: a submission key already recorded, in an earlier batch or earlier in
        // this one, is not appended again, and its result names the first event.
        var results = new ConsentAuditAppendResult[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var consentEvent = batch[i].Event;
            if (consentEvent.SubmissionKey is { } key && !_keys.TryAdd(key, consentEvent))
            {
                results[i] = ConsentAuditAppendResult.AlreadyRecorded(_keys[key]);
                continue;
            }

            Committed.Enqueue(consentEvent);
            results[i] = ConsentAuditAppendResult.Appended;
        }

        return results;
    }

    public Task<IReadOnlyList<StoredConsentEvent>> ReadAsync(long fromSequence, int count, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<AuditChainVerification> VerifyAsync(AuditCheckpoint? checkpoint, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<AuditCheckpoint> GetCheckpointAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public TaskCompletionSource<DateTimeOffset> Purged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<long> PurgeBodiesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        Purged.TrySetResult(olderThan);
        return Task.FromResult(0L);
    }

    private static TaskCompletionSource Open()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();
        return gate;
    }
}
