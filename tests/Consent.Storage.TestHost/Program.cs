using Consent.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;

// A minimal site that the storage tests run as a child process: they post real decisions to it over HTTP,
// kill it or stop it, and then inspect the audit store it wrote.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Consent.AspNetCore", LogLevel.Information).AddFilter("Consent.Auditing", LogLevel.Information);

if (builder.Configuration["Test:KeysDirectory"] is { Length: > 0 } keys)
{
    builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("consent-storage-tests");
}

var consent = builder.Services.AddCookieConsent();
var connectionString = builder.Configuration["Consent:Audit:ConnectionString"]
    ?? throw new InvalidOperationException("Set Consent:Audit:ConnectionString.");
if (string.Equals(builder.Configuration["Consent:Audit:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase))
{
    consent.AddPostgreSqlAuditLog(connectionString);
}
else
{
    consent.AddSqliteAuditLog(connectionString);
}

if (builder.Configuration.GetValue<int>("Test:CommitDelayMilliseconds") is > 0 and var delay)
{
    SlowAuditStore.Decorate(builder.Services, TimeSpan.FromMilliseconds(delay));
}

var app = builder.Build();
app.UseCookieConsent();
app.UseAntiforgery();
app.MapCookieConsent();
app.MapGet("/token", (IAntiforgery antiforgery, HttpContext context) => antiforgery.GetAndStoreTokens(context).RequestToken);
app.Lifetime.ApplicationStopping.Register(() => Console.WriteLine($"queue depth at stop signal: {QueueDepth.Read()}"));
app.Run();
