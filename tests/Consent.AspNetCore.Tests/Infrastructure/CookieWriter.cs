using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>Every way an application can write a cookie, as routes and middleware the tests can call.</summary>
/// <remarks>
/// Besides where the cookie is written, the ways differ in how the response starts: when the endpoint returns
/// (most), by a body write or <c>StartAsync</c> inside the endpoint, or with no body at all, which leaves middleware
/// outside the endpoint time to add an <c>OnStarting</c> callback after it (a late registration).
/// </remarks>
public static class CookieWriter
{
    public static readonly string[] Ways =
    [
        "append", "append-with-options", "raw-set", "raw-append", "on-starting", "on-starting-raw",
        "raw-then-body", "append-then-start", "raw-no-body", "outer-on-starting", "outer-before-next", "outer-late-on-starting",
    ];

    /// <summary>Maps <c>/set?name=..&amp;how=..</c>, which writes one cookie the given way.</summary>
    public static void MapSetCookie(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/set", async (HttpContext context, string name, string how) =>
        {
            var response = context.Response;
            switch (how)
            {
                case "append":
                    response.Cookies.Append(name, "v");
                    break;
                case "append-with-options":
                    response.Cookies.Append(name, "v", new CookieOptions { MaxAge = TimeSpan.FromDays(1), SameSite = SameSiteMode.Lax });
                    break;
                case "raw-set":
                    response.Headers.SetCookie = $"{name}=v; Path=/";
                    break;
                case "raw-append":
                    response.Headers.Append("Set-Cookie", $"{name}=v; Max-Age=3600; Path=/");
                    break;
                case "on-starting":
                    response.OnStarting(() =>
                    {
                        response.Cookies.Append(name, "v");
                        return Task.CompletedTask;
                    });
                    break;
                case "on-starting-raw":
                    response.OnStarting(() =>
                    {
                        response.Headers.Append("Set-Cookie", $"{name}=v; Path=/");
                        return Task.CompletedTask;
                    });
                    break;
                case "raw-then-body":
                    // The body write starts the response while the endpoint is still running.
                    response.Headers.Append("Set-Cookie", $"{name}=v; Path=/");
                    await response.WriteAsync("ok");
                    await response.Body.FlushAsync();
                    return Results.Empty;
                case "append-then-start":
                    response.Cookies.Append(name, "v");
                    await response.StartAsync();
                    await response.WriteAsync("ok");
                    return Results.Empty;
                case "raw-no-body":
                    response.Headers.SetCookie = $"{name}=v; Path=/";
                    return Results.NoContent();
                case "outer-late-on-starting":
                    return Results.NoContent();
                default:
                    break; // the other outer-* are written by OuterMiddleware
            }

            return Results.Text("ok");
        });

    /// <summary>Middleware placed before <c>UseCookieConsent()</c> that writes cookies for the outer-* ways.</summary>
    public static void OuterMiddleware(IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var how = context.Request.Query["how"].ToString();
            var name = context.Request.Query["name"].ToString();
            if (how == "outer-on-starting")
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.Append("Set-Cookie", $"{name}=v; Path=/");
                    return Task.CompletedTask;
                });
            }
            else if (how == "outer-before-next")
            {
                context.Response.Cookies.Append(name, "v");
            }

            await next(context);

            if (how == "outer-late-on-starting")
            {
                // Registered after the endpoint ran (it wrote no body, so the response has not started).
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.Append("Set-Cookie", $"{name}=v; Path=/");
                    return Task.CompletedTask;
                });
            }
        });
}
