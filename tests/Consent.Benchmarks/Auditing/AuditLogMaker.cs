using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.Benchmarks.Auditing;

/// <summary>
/// Writes a SQLite audit log of N generated events through the real store, for measurements of the audit tool on
/// large logs: <c>dotnet run -c Release --project tests/Consent.Benchmarks -- make-audit-log PATH COUNT [PRIVATE_KEY_PEM]</c>;
/// with a key, every batch of 10,000 is signed as the writer signs it.
/// </summary>
internal static class AuditLogMaker
{
    public static async Task<int> RunAsync(string path, int count, string? privateKeyPath = null)
    {
        var services = new ServiceCollection();
        services.Configure<CookieConsentOptions>(options => options.Audit.Signing.PrivateKeyPath = privateKeyPath);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddCookieConsent().AddSqliteAuditLog($"Data Source={path}");
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IConsentAuditStore>();
        await store.InitializeAsync(CancellationToken.None);
        await provider.GetRequiredService<IConsentTextArchive>().ArchiveAsync("ar", AuditStores.SampleText, CancellationToken.None);
        const int batch = 10_000;
        for (var start = 0; start < count; start += batch)
        {
            var size = Math.Min(batch, count - start);
            var records = new ConsentAuditRecord[size];
            for (var i = 0; i < size; i++)
            {
                var consentEvent = AuditStores.SampleEvent(start + i) with { Language = (start + i) % 3 == 0 ? "en" : "ar" };
                records[i] = new ConsentAuditRecord(consentEvent, ConsentEventEncoding.Encode(consentEvent));
            }

            await store.AppendBatchAsync(records, CancellationToken.None);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Console.WriteLine($"wrote {count} events to {path}");
        return 0;
    }
}
