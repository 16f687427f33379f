using Consent.Abstractions;
using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Consent.Benchmarks.Auditing;

/// <summary>A running audit log on a fresh SQLite file or a fresh PostgreSQL schema, as a site would have it.</summary>
internal sealed class AuditStores : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;
    private readonly Func<Task> _cleanup;

    private AuditStores(ServiceProvider services, IHostedService[] hosted, Func<Task> cleanup)
    {
        _services = services;
        _hosted = hosted;
        _cleanup = cleanup;
    }

    public IConsentAuditLog Log => _services.GetRequiredService<IConsentAuditLog>();

    public IConsentAuditStore Store => _services.GetRequiredService<IConsentAuditStore>();

    /// <summary>The banner text every sample event names; <see cref="StartAsync"/> archives it.</summary>
    public const string SampleText = "بيان الخصوصية وسياسة ملفات تعريف الارتباط — [أوافق] [أرفض] [الإعدادات]";

    /// <summary>Starts the log; with <paramref name="signed"/>, the writer signs every batch with a fresh ECDSA P-256 key.</summary>
    public static async Task<AuditStores> StartAsync(string kind, bool signed = false)
    {
        var services = new ServiceCollection();
        var keyFolder = Directory.CreateTempSubdirectory("consent-bench-key-").FullName;
        if (signed)
        {
            using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
            var keyPath = Path.Combine(keyFolder, "site.key.pem");
            await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());
            services.Configure<CookieConsentOptions>(options => options.Audit.Signing.PrivateKeyPath = keyPath);
        }

        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        var consent = services.AddCookieConsent();
        Func<Task> cleanup;
        if (kind == "Sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("consent-bench-").FullName;
            consent.AddSqliteAuditLog($"Data Source={Path.Combine(folder, "audit.db")}");
            cleanup = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            };
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("CONSENT_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set CONSENT_TEST_POSTGRES (bash .ci/postgres.sh prints it).");
            var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
                await create.ExecuteNonQueryAsync();
            }

            consent.AddPostgreSqlAuditLog($"{server};Search Path={schema}");
            cleanup = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
                await drop.ExecuteNonQueryAsync();
            };
        }

        var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToArray();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        // The signer has read the key; the archive must hold the text the events name, or verification fails (R4).
        Directory.Delete(keyFolder, recursive: true);
        await provider.GetRequiredService<IConsentTextArchive>().ArchiveAsync("ar", SampleText, CancellationToken.None);

        return new AuditStores(provider, hosted, cleanup);
    }

    private static readonly string SampleTextHash = ConsentTextHash.Compute(SampleText);

    public static ConsentEvent SampleEvent(int i) => new()
    {
        ConsentId = ConsentId.New(),
        OccurredAt = DateTimeOffset.UnixEpoch.AddSeconds(1_790_000_000 + i),
        Type = ConsentEventType.Grant,
        Categories = [new("necessary", true), new("functional", true), new("analytics", true), new("marketing", true)],
        PolicyRevision = "cfe14e5c",
        Language = "ar",
        BannerTextHash = SampleTextHash,
        Control = "banner:accept-all",
        Host = "news.example",
        Path = "/",
        GlobalPrivacyControl = false,
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _hosted.Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        await _cleanup();
    }
}
