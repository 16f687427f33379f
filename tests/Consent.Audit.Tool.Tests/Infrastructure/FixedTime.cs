namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>A clock that always reads the same time.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
