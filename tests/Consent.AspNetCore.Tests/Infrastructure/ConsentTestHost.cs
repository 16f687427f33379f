using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>A real ASP.NET Core pipeline on a TestServer with cookie consent, the endpoint, and the test's own routes.</summary>
public sealed class ConsentTestHost : IAsyncDisposable
{
    public const string TokenPath = "/token";

    private readonly IHost _host;

    private ConsentTestHost(IHost host) => _host = host;

    public TestServer Server => _host.GetTestServer();

    public IServiceProvider Services => _host.Services;

    public InMemoryConsentAuditLog AuditLog => Services.GetRequiredService<InMemoryConsentAuditLog>();

    public ConsentPolicy Policy => Services.GetRequiredService<ConsentPolicy>();

    public static Task<ConsentTestHost> StartAsync(
        Action<IEndpointRouteBuilder>? routes = null,
        Action<CookieConsentOptions>? configure = null,
        Action<IApplicationBuilder>? beforeConsent = null,
        Action<IServiceCollection>? services = null,
        IDataProtectionProvider? dataProtection = null,
        TimeProvider? time = null) =>
        StartCoreAsync(routes, configure, beforeConsent, services, dataProtection, time);

    public TestBrowser NewBrowser(bool globalPrivacyControl = false) => new(Server, globalPrivacyControl);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static async Task<ConsentTestHost> StartCoreAsync(
        Action<IEndpointRouteBuilder>? routes,
        Action<CookieConsentOptions>? configure,
        Action<IApplicationBuilder>? beforeConsent,
        Action<IServiceCollection>? extraServices,
        IDataProtectionProvider? dataProtection,
        TimeProvider? time)
    {
        var host = new HostBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(services =>
                {
                    services.AddRouting();
                    services.AddSingleton(dataProtection ?? new EphemeralDataProtectionProvider());
                    if (time is not null)
                    {
                        services.AddSingleton(time);
                    }

                    services.AddCookieConsent(options =>
                    {
                        TestCookies.Declare(options);
                        configure?.Invoke(options);
                    }).AddInMemoryAuditLog();
                    extraServices?.Invoke(services);
                })
                .Configure(app =>
                {
                    beforeConsent?.Invoke(app);
                    app.UseCookieConsent();
                    app.UseRouting();
                    app.UseEndpoints(endpoints =>
                    {
                        endpoints.MapCookieConsent();
                        endpoints.MapGet(TokenPath, (HttpContext context, IAntiforgery antiforgery) =>
                            antiforgery.GetAndStoreTokens(context).RequestToken!);
                        endpoints.MapGet("/article", () => "article");
                        routes?.Invoke(endpoints);
                    });
                }))
            .Build();
        await host.StartAsync();
        return new ConsentTestHost(host);
    }
}
