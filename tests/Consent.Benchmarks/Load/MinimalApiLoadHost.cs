using Consent.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consent.Benchmarks.Load;

/// <summary>
/// A real Kestrel host with one minimal API endpoint, <c>GET /weather</c> returning JSON (the endpoint of
/// <c>MinimalApiBenchmarks</c>), for <c>run-minimal-api-load.sh</c>:
/// <c>dotnet Consent.Benchmarks.dll minimal-api-host none|consent|consent-accessor AUDIT_DB --urls http://127.0.0.1:PORT</c>.
/// <c>none</c> has no consent library; <c>consent</c> is an API-only host as the README sets one up
/// (<c>AddCookieConsent().AddSqliteAuditLog(…)</c>, <c>UseCookieConsent()</c>); <c>consent-accessor</c> adds
/// <c>AddHttpContextAccessor()</c>, which <c>AddCookieConsent()</c> registers only on hosts that render components.
/// </summary>
internal static class MinimalApiLoadHost
{
    public static async Task<int> RunAsync(string mode, string auditDatabase, string[] hostArgs)
    {
        var (consent, accessor) = mode switch
        {
            "none" => (false, false),
            "consent" => (true, false),
            "consent-accessor" => (true, true),
            _ => throw new ArgumentException($"Unknown mode '{mode}': none, consent or consent-accessor.", nameof(mode)),
        };

        var builder = WebApplication.CreateBuilder(hostArgs);

        // Console logging at Information would write a line per request and measure the console, not the host.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (consent)
        {
            builder.Services.AddCookieConsent().AddSqliteAuditLog($"Data Source={auditDatabase}");
        }

        if (accessor)
        {
            builder.Services.AddHttpContextAccessor();
        }

        var app = builder.Build();
        if (consent)
        {
            app.UseCookieConsent();
        }

        app.MapGet("/weather", () => Results.Ok(new { Celsius = 21 }));
        await app.RunAsync();
        return 0;
    }
}
