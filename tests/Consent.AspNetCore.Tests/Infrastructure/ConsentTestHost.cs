using System.Net;
using Consent.Auditing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real ASP.NET Core pipeline with cookie consent, the endpoint, and the test's own routes: on a TestServer, or on
/// Kestrel listening on a free loopback port when the test must see what a real server does.
/// </summary>
public sealed class ConsentTestHost : IAsyncDisposable
{
    public const string TokenPath = "/token";

    private readonly IHost _host;
    private readonly Uri? _kestrelAddress;

    private ConsentTestHost(IHost host, Uri? kestrelAddress)
    {
        _host = host;
        _kestrelAddress = kestrelAddress;
    }

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
        TimeProvider? time = null,
        bool kestrel = false,
        Action<IApplicationBuilder>? afterConsent = null) =>
        StartCoreAsync(routes, configure, beforeConsent, services, dataProtection, time, kestrel, afterConsent);

    public TestBrowser NewBrowser(bool globalPrivacyControl = false) =>
        _kestrelAddress is null
            ? new(Server, globalPrivacyControl)
            : new(new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = _kestrelAddress }, globalPrivacyControl);

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
        TimeProvider? time,
        bool kestrel,
        Action<IApplicationBuilder>? afterConsent)
    {
        var host = new HostBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureWebHost(web => UseServer(web, kestrel)
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
                    afterConsent?.Invoke(app);
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
        var address = kestrel
            ? new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/")
            : null;
        return new ConsentTestHost(host, address);
    }

    private static IWebHostBuilder UseServer(IWebHostBuilder web, bool kestrel) =>
        kestrel ? web.UseKestrel(options => options.Listen(IPAddress.Loopback, 0)) : web.UseTestServer();
}
