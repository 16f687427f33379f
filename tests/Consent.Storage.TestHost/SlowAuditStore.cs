using Consent.AspNetCore;
using Consent.Auditing;

/// <summary>Makes every commit slow, so that the writer's queue fills up under load.</summary>
internal sealed class SlowAuditStore(IConsentAuditStore inner, TimeSpan delay) : IConsentAuditStore
{
    public static void Decorate(IServiceCollection services, TimeSpan delay)
    {
        var registration = services.Last(d => d.ServiceType == typeof(IConsentAuditStore));
        services.Remove(registration);
        services.AddSingleton<IConsentAuditStore>(sp => new SlowAuditStore((IConsentAuditStore)registration.ImplementationFactory!(sp), delay));
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public async Task<IReadOnlyList<ConsentAuditAppendResult>> AppendBatchAsync(IReadOnlyList<ConsentAuditRecord> batch, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.AppendBatchAsync(batch, cancellationToken);
    }

    public Task<IReadOnlyList<StoredConsentEvent>> ReadAsync(long fromSequence, int count, CancellationToken cancellationToken) => inner.ReadAsync(fromSequence, count, cancellationToken);

    public Task<AuditChainVerification> VerifyAsync(AuditCheckpoint? checkpoint, CancellationToken cancellationToken) => inner.VerifyAsync(checkpoint, cancellationToken);

    public Task<AuditCheckpoint> GetCheckpointAsync(CancellationToken cancellationToken) => inner.GetCheckpointAsync(cancellationToken);

    public Task<long> PurgeBodiesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) => inner.PurgeBodiesAsync(olderThan, cancellationToken);
}
