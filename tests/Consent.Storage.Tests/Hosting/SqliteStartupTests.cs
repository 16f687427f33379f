using Consent.Auditing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consent.Storage.Tests.Hosting;

/// <summary>The quick start's SQLite file in a folder the site does not have yet, and a file that cannot be opened.</summary>
public sealed class SqliteStartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("consent-startup-").FullName;

    [Fact]
    public async Task AddSqliteAuditLog_InAFolderThatDoesNotExist_CreatesItAtStartup()
    {
        var file = Path.Combine(_directory, "App_Data", "consent", "consent.db");
        using var host = Build($"Data Source={file}");

        await host.StartAsync();
        await host.StopAsync();

        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task AddSqliteAuditLog_WhenTheFileCannotBeOpened_FailsAtStartupNamingThePathAndTheFix()
    {
        var blocker = Path.Combine(_directory, "App_Data");
        await File.WriteAllTextAsync(blocker, "a file where the folder should be");
        var file = Path.Combine(blocker, "consent.db");
        using var host = Build($"Data Source={file}");

        var failure = await Assert.ThrowsAsync<ConsentAuditStoreUnavailableException>(() => host.StartAsync());

        Assert.Contains($"\"{file}\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AddSqliteAuditLog", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static IHost Build(string connectionString) =>
        new HostBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureWebHost(web => web.UseTestServer()
                .ConfigureServices(services => services.AddRouting().AddCookieConsent().AddSqliteAuditLog(connectionString))
                .Configure(app => app.UseCookieConsent()))
            .Build();
}
