using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Consent.Sample;

/// <summary>The sample's languages: Arabic (the default), English and French, chosen by a cookie or <c>?culture=</c>.</summary>
internal static class SampleCultures
{
    public static readonly string[] Names = ["ar", "en", "fr"];

    public static void Configure(RequestLocalizationOptions options)
    {
        options.SetDefaultCulture("ar").AddSupportedCultures(Names).AddSupportedUICultures(Names);
        options.ApplyCurrentCultureToResponseHeaders = true;

        // An Arabic news site: Arabic unless the visitor picks another language (cookie or ?culture=), whatever
        // the browser's Accept-Language says.
        options.RequestCultureProviders = [.. options.RequestCultureProviders.Where(p => p is not AcceptLanguageHeaderRequestCultureProvider)];
    }

    /// <summary>
    /// <c>GET /culture/{name}?returnUrl=</c> remembers the visitor's language in <c>.AspNetCore.Culture</c>, a
    /// necessary cookie (COMPLIANCE C11: the language the visitor chose), and goes back.
    /// </summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture/{name}", (HttpContext context, string name, string? returnUrl) =>
        {
            if (Array.IndexOf(Names, name) >= 0)
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(name))),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }

            return Results.LocalRedirect(Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        });
}
