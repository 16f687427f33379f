using System.Net;
using System.Text;
using Consent.AspNetCore;
using Consent.Auditing;
using Consent.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// A small site with cookie consent whose one page writes cookies the way an attacker would (<see cref="DisguisedDeletions"/>),
/// on Kestrel with UTF-8 response headers, so that Chromium's own cookie jar says what got through.
/// Each disguise is written twice: as <c>_ga_dN</c> (analytics, refused) and as <c>keep_dN</c> (declared necessary),
/// which shows that Chromium keeps the header as written.
/// </summary>
internal sealed class HostileHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostileHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>How many cookies of each kind the page writes.</summary>
    public static int Count => DisguisedDeletions.Count + 1;

    public static async Task<HostileHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.ResponseHeaderEncodingSelector = _ => Encoding.UTF8;
        });
        builder.Services.AddCookieConsent(options =>
        {
            options.PrivacyPolicyUrl = "/privacy";
            options.Cookies.Add(new DeclaredCookie { Name = "_ga_d*", Category = ConsentCategory.Analytics, Purpose = "Statistics.", Provider = "Hostile" });
            options.Cookies.Add(new DeclaredCookie { Name = "keep_d*", Category = ConsentCategory.Necessary, Purpose = "Control.", Provider = "Hostile" });
        }).AddInMemoryAuditLog();
        var app = builder.Build();
        app.UseCookieConsent();
        app.MapGet("/x/hostile", (HttpContext context) =>
        {
            foreach (var prefix in new[] { "_ga_d", "keep_d" })
            {
                for (var index = 0; index < DisguisedDeletions.Count; index++)
                {
                    context.Response.Headers.Append("Set-Cookie", DisguisedDeletions.Header(index, prefix + index, DateTimeOffset.UtcNow));
                }

                var options = new CookieOptions { MaxAge = TimeSpan.Zero };
                options.Extensions.Add("Max-Age=31536000");
                context.Response.Cookies.Append(prefix + DisguisedDeletions.Count, "abc", options);
            }

            return Results.Text("<!doctype html><title>hostile</title><p>hostile</p>", "text/html");
        });
        await app.StartAsync();
        return new HostileHost(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
