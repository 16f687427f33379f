using Microsoft.Extensions.DependencyInjection;

namespace Consent.Storage.Tests.Storage;

/// <summary>One real database for one test class: how to register it and how to run raw SQL against it (to tamper).</summary>
public abstract class StoreUnderTest : IAsyncLifetime
{
    /// <summary>Registers the store on the consent builder.</summary>
    public abstract void Register(Consent.AspNetCore.CookieConsentBuilder builder);

    /// <summary>Runs SQL with <c>@p</c> bound to <paramref name="parameter"/>.</summary>
    public abstract Task ExecuteAsync(string sql, object? parameter = null);

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}
