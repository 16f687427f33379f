using System.Text.Encodings.Web;
using System.Text.Unicode;
using Consent.AspNetCore;
using Consent.Templates.Tests.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consent.Templates.Tests;

/// <summary>
/// The three stock template shapes with the library added as the README says, each on a TestServer: a Blazor static
/// SSR app (<c>dotnet new blazor</c>), a Razor Pages app with Identity and TempData (<c>dotnet new webapp --auth
/// Individual</c>, with an in-memory user store) and an MVC app with Session (<c>dotnet new mvc</c>).
/// </summary>
public static class TemplateSites
{
    public const string UserName = "ali@example.test";
    public const string Password = "Passw0rd!";

    public static Task<IHost> BlazorAsync() => StartAsync(
        services => services.AddRazorComponents(),
        app =>
        {
            app.UseAntiforgery();
            app.MapRazorComponents<App>();
        });

    public static async Task<IHost> RazorPagesAsync()
    {
        var database = Guid.NewGuid().ToString("N");
        var host = await StartAsync(
            services =>
            {
                services.AddRazorPages().AddApplicationPart(typeof(TemplateSites).Assembly);
                services.AddDbContext<IdentityDbContext>(o => o.UseInMemoryDatabase(database));
                services.AddIdentity<IdentityUser, IdentityRole>(o => o.Password.RequireNonAlphanumeric = false)
                    .AddEntityFrameworkStores<IdentityDbContext>();
            },
            app =>
            {
                app.UseAntiforgery();
                app.MapRazorPages();
            },
            authentication: true);
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var created = await users.CreateAsync(new IdentityUser { UserName = UserName, Email = UserName }, Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        return host;
    }

    public static Task<IHost> MvcAsync() => StartAsync(
        services =>
        {
            services.AddControllersWithViews().AddApplicationPart(typeof(TemplateSites).Assembly);
            services.AddDistributedMemoryCache();
            services.AddSession();
        },
        app =>
        {
            app.UseSession();
            app.UseAntiforgery();
            app.MapDefaultControllerRoute();
        });

    private static async Task<IHost> StartAsync(Action<IServiceCollection> services, Action<WebApplication> map, bool authentication = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        services(builder.Services);
        builder.Services.AddCookieConsent(options =>
        {
            options.PolicyVersion = "2026-11";
            options.Cookies.Add(new DeclaredCookie
            {
                Name = "_ga*", Category = ConsentCategory.Analytics, Provider = "Google Analytics", IsThirdParty = true,
                Purpose = "Counts visits.", Lifetime = TimeSpan.FromDays(395),
            });
        }).AddInMemoryAuditLog();
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        var app = builder.Build();
        app.UseRequestLocalization(o => o.SetDefaultCulture("en").AddSupportedCultures("ar", "en", "fr").AddSupportedUICultures("ar", "en", "fr"));
        app.UseRouting();
        if (authentication)
        {
            app.UseAuthentication();
        }

        app.UseCookieConsent();
        if (authentication)
        {
            app.UseAuthorization();
        }

        map(app);
        app.MapCookieConsent();
        MapCultureSwitch(app);
        await app.StartAsync();
        return app;
    }

    // As ASP.NET Core's localization documentation writes the culture cookie: one year.
    private static void MapCultureSwitch(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (HttpContext context, string c) =>
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(c)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1) });
            return Results.LocalRedirect("/");
        });
}
