using Microsoft.Extensions.DependencyInjection;

namespace Consent.Storage.Tests.Storage;

/// <summary>One real database for one test class: how to register it and how to run raw SQL against it (to tamper).</summary>
public abstract class StoreUnderTest : IAsyncLifetime
{
    /// <summary>Gets the value of <c>Consent:Audit:Provider</c> that selects this store.</summary>
    public abstract string Provider { get; }

    /// <summary>Gets the connection string of this test's database.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>Registers the store on the consent builder.</summary>
    public abstract void Register(Consent.Auditing.IConsentAuditBuilder builder);

    /// <summary>Runs SQL with <c>@p</c> bound to <paramref name="parameter"/>.</summary>
    public abstract Task ExecuteAsync(string sql, object? parameter = null);

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}
