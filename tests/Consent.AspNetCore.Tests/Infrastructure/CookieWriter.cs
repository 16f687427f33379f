using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>Every way an application can write a cookie, as routes and middleware the tests can call.</summary>
public static class CookieWriter
{
    public static readonly string[] Ways = ["append", "append-with-options", "raw-set", "raw-append", "on-starting", "outer-on-starting", "outer-before-next"];

    /// <summary>Maps <c>/set?name=..&amp;how=..</c>, which writes one cookie the given way.</summary>
    public static void MapSetCookie(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/set", (HttpContext context, string name, string how) =>
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
                default:
                    break; // outer-* are written by OuterMiddleware
            }

            return "ok";
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
        });
}
