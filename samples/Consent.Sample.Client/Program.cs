using System.Globalization;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.JSInterop;

var builder = WebAssemblyHostBuilder.CreateDefault(args);

// The components read the policy and the visitor's consent that the server persisted into the prerendered page.
builder.Services.AddCookieConsentComponents();

var host = builder.Build();

// The server chose the page's language (Arabic unless the visitor picked another). Render in the same one, or the
// components would change language the moment they become interactive; set it before RunAsync, which loads that
// culture's resources.
var language = await host.Services.GetRequiredService<IJSRuntime>().GetValueAsync<string>("document.documentElement.lang");
CultureInfo culture;
try
{
    culture = CultureInfo.GetCultureInfo(string.IsNullOrEmpty(language) ? "ar" : language);
}
catch (CultureNotFoundException)
{
    // A page language the runtime does not know: the components' neutral language, as on the server.
    culture = CultureInfo.GetCultureInfo("ar");
}

CultureInfo.DefaultThreadCurrentCulture = culture;
CultureInfo.DefaultThreadCurrentUICulture = culture;

await host.RunAsync();
