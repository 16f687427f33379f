using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.Benchmarks.Infrastructure;

/// <summary>The same request handler behind three pipelines: no consent layer, ASP.NET Core's cookie policy, and ours.</summary>
internal sealed class Pipelines
{
    // One key ring for every pipeline, as in a web farm: a cookie issued by one is authentic to all.
    private static readonly IDataProtectionProvider KeyRing = new EphemeralDataProtectionProvider();

    /// <param name="handler">The request handler behind every pipeline.</param>
    /// <param name="inventory">Whether our pipeline keeps the passive cookie inventory (Consent:Inventory:Enabled).</param>
    public Pipelines(RequestDelegate handler, bool inventory = false)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical));
        services.AddSingleton(KeyRing);
        services.AddCookiePolicy(o => o.CheckConsentNeeded = _ => true);
        services.AddCookieConsent(options =>
        {
            options.Inventory.Enabled = inventory;
            options.Cookies.Add(new Consent.AspNetCore.DeclaredCookie { Name = "session", Category = "necessary", Purpose = "p", Provider = "p" });
            options.Cookies.Add(new Consent.AspNetCore.DeclaredCookie { Name = "pref", Category = "functional", Purpose = "p", Provider = "p" });
            options.Cookies.Add(new Consent.AspNetCore.DeclaredCookie { Name = "_ga*", Category = "analytics", Purpose = "p", Provider = "p" });
            options.Cookies.Add(new Consent.AspNetCore.DeclaredCookie { Name = "ad_*", Category = "marketing", Purpose = "p", Provider = "p" });
        }).AddInMemoryAuditLog();
        Services = services.BuildServiceProvider();

        Neither = Build(_ => { }, handler);
        CookiePolicy = Build(app => app.UseCookiePolicy(), handler);
        Consent = Build(app => app.UseCookieConsent(), handler);
    }

    public IServiceProvider Services { get; }

    public RequestDelegate Neither { get; }

    public RequestDelegate CookiePolicy { get; }

    public RequestDelegate Consent { get; }

    /// <summary>Runs one request through a pipeline, then starts and completes the response, as a server would.</summary>
    public static async Task RunAsync(RequestDelegate pipeline, string? cookieHeader)
    {
        var features = ServerConnection.Current.BeginRequest("/", out var response);
        var context = new DefaultHttpContext(features);
        if (cookieHeader is not null)
        {
            context.Request.Headers.Cookie = cookieHeader;
        }

        await pipeline(context);
        await response.StartAsync();
        await response.CompleteAsync();
    }

    private RequestDelegate Build(Action<IApplicationBuilder> configure, RequestDelegate handler)
    {
        var app = new ApplicationBuilder(Services);
        configure(app);
        app.Run(handler);
        return app.Build();
    }
}
