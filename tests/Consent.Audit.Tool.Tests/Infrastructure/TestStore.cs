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

    /// <summary>Appends events through the store, as the writer does, in batches of <paramref name="batchSize"/>.</summary>
    /// <param name="events">The events.</param>
    /// <param name="privateKeyPath">The site's signing key (<c>Consent:Audit:Signing:PrivateKeyPath</c>), or <see langword="null"/>.</param>
    /// <param name="batchSize">How many events each committed batch holds; each signed batch gets one signature.</param>
    public async Task SeedAsync(IReadOnlyList<ConsentEvent> events, string? privateKeyPath = null, int batchSize = int.MaxValue)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTime(GeneratedLog.Start));
        services.Configure<ConsentAuditOptions>(options => options.Signing.PrivateKeyPath = privateKeyPath);
        Register(new AuditBuilder(services));
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IConsentAuditStore>();
        await store.InitializeAsync(default);
        var archive = provider.GetRequiredService<IConsentTextArchive>();
        await archive.ArchiveAsync("ar", GeneratedLog.ArabicText, default);
        await archive.ArchiveAsync("en", GeneratedLog.EnglishText, default);
        foreach (var batch in events.Chunk(Math.Min(batchSize, Math.Max(events.Count, 1))))
        {
            await store.AppendBatchAsync([.. batch.Select(e => new ConsentAuditRecord(e, ConsentEventEncoding.Encode(e)))], default);
        }
    }

    /// <summary>Archives one more banner text, as the site does when it first shows it.</summary>
    public async Task ArchiveAsync(string language, string text)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTime(GeneratedLog.Start));
        Register(new AuditBuilder(services));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IConsentAuditStore>().InitializeAsync(default);
        await provider.GetRequiredService<IConsentTextArchive>().ArchiveAsync(language, text, default);
    }

    /// <summary>Runs SQL against the store directly, as an attacker with database access would.</summary>
    public abstract Task ExecuteAsync(string sql);

    /// <summary>Writes bytes as an SQL literal of the store's dialect.</summary>
    public abstract string Blob(ReadOnlySpan<byte> bytes);

    /// <summary>Writes a time as the store writes it into <c>occurred_at</c>, as an SQL literal.</summary>
    public abstract string TimeLiteral(DateTimeOffset time);

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
