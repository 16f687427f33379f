using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>A fresh store (its own SQLite file or PostgreSQL schema) seeded through the library's public registration.</summary>
public abstract class TestStore : IAsyncDisposable
{
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    /// <summary>Gets the arguments that select this store, such as <c>--sqlite PATH</c>.</summary>
    public abstract string[] StoreArguments { get; }

    public static async Task<TestStore> CreateAsync(string kind, int events = 30)
    {
        TestStore store = kind == "sqlite" ? new SqliteTestStore() : await PostgreSqlTestStore.CreateAsync();
        await store.SeedAsync(GeneratedLog.Events(events));
        return store;
    }

    public async Task SeedAsync(IReadOnlyList<ConsentEvent> events)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTime(GeneratedLog.Start));
        Register(new AuditBuilder(services));
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IConsentAuditStore>();
        await store.InitializeAsync(default);
        var archive = provider.GetRequiredService<IConsentTextArchive>();
        await archive.ArchiveAsync("ar", GeneratedLog.ArabicText, default);
        await archive.ArchiveAsync("en", GeneratedLog.EnglishText, default);
        await store.AppendBatchAsync([.. events.Select(e => new ConsentAuditRecord(e, ConsentEventEncoding.Encode(e)))], default);
    }

    /// <summary>Runs SQL against the store directly, as an attacker with database access would.</summary>
    public abstract Task ExecuteAsync(string sql);

    /// <summary>Gets the smallest step of the store's <c>occurred_at</c> column (SQLite: a millisecond; PostgreSQL: a microsecond).</summary>
    public abstract TimeSpan TimeColumnStep { get; }

    /// <summary>Moves the unhashed <c>occurred_at</c> column of one event, as an attacker with database access would.</summary>
    public abstract Task MoveOccurredAtAsync(long sequence, TimeSpan by);

    public string[] Args(params string[] verb) => [.. verb, .. StoreArguments];

    public abstract ValueTask DisposeAsync();

    protected abstract void Register(IConsentAuditBuilder builder);

    /// <summary>What a store registers on: the tool's machine has no ASP.NET Core, and neither do its tests.</summary>
    private sealed class AuditBuilder(IServiceCollection services) : IConsentAuditBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
