using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>A test host with the inventory on, routes that set a cookie the registry does not declare, and routes that fail or serve an error page.</summary>
internal static class InventoryHost
{
    /// <summary>The value the pixel route gives <c>_fbp</c>: it must never reach the inventory.</summary>
    public const string PixelValue = "fb.1.1733100000000.1234567890";

    public static Task<ConsentTestHost> StartAsync(
        Action<CookieConsentOptions>? configure = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null,
        bool kestrel = false,
        Action<IApplicationBuilder>? beforeConsent = null) =>
        ConsentTestHost.StartAsync(
            MapRoutes,
            options =>
            {
                options.Inventory.Enabled = true;
                configure?.Invoke(options);
            },
            beforeConsent: beforeConsent,
            services: services,
            time: time,
            kestrel: kestrel);

    public static CookieInventory InventoryOf(ConsentTestHost host) =>
        host.Services.GetRequiredService<ConsentServices>().Inventory
        ?? throw new InvalidOperationException("The inventory is off in this host.");

    public static InventoryEntry EntryOf(ConsentTestHost host, string name) =>
        Assert.Single(InventoryOf(host).Entries, e => e.Name == name);

    /// <summary>Sends a request with the given <c>Cookie</c> header to <paramref name="path"/>.</summary>
    public static Task<HttpResponseMessage> SendWithCookiesAsync(ConsentTestHost host, string path, string cookies)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookies);
        return host.Server.CreateClient().SendAsync(request);
    }

    private static void MapRoutes(IEndpointRouteBuilder endpoints)
    {
        CookieWriter.MapSetCookie(endpoints);
        endpoints.MapGet("/pixel", (HttpContext context) =>
        {
            context.Response.Cookies.Append("_fbp", PixelValue, new CookieOptions { MaxAge = TimeSpan.FromDays(90) });
            context.Response.Cookies.Append("pref", "large-font");
            return "pixel";
        });
        endpoints.MapGet("/page/{id}", (string id) => id);
        endpoints.MapGet("/boom", string () => throw new InvalidOperationException("The endpoint failed."));
        endpoints.MapGet("/boom-later", async Task<string> () =>
        {
            await Task.Delay(10);
            throw new InvalidOperationException("The endpoint failed after it went asynchronous.");
        });
        endpoints.MapGet("/error", () => "error page");
        endpoints.MapGet("/status/{code}", (string code) => "status " + code);
    }
}
