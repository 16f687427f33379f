using System.Text.Encodings.Web;
using System.Text.Unicode;
using Consent.Sample;
using Consent.Sample.Components;

var builder = WebApplication.CreateBuilder(args);

// Serve static assets from the build output in every environment, so the sample runs the same way from
// `dotnet run`, from its bin folder and from the browser tests (a no-op once published).
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    .AddInteractiveWebAssemblyComponents();

// Blazor encodes every non-ASCII character as an entity by default; Arabic pages would be many times larger.
// Static SSR renders with the HtmlEncoder service, which AddWebEncoders registers from these settings.
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

// The load driver (docs/benchmarks.md) compares the site with and without the consent middleware.
var withoutConsentMiddleware = builder.Configuration.GetValue<bool>("Sample:WithoutConsentMiddleware");

builder.Services.AddCookieConsent(options =>
{
    SampleCookies.Declare(options);
    options.EnforceFromPipelineStart = !withoutConsentMiddleware;
}).AddSampleAuditLog(builder);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

if (builder.Configuration.GetValue<bool>("Sample:ContentSecurityPolicy"))
{
    app.UseSampleContentSecurityPolicy();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization(SampleCultures.Configure);
if (!withoutConsentMiddleware)
{
    app.UseCookieConsent();
}

app.UseAntiforgery();

app.MapStaticAssets();
app.MapCookieConsent();
app.MapHealthChecks("/health");
app.MapDemoCookies();
app.MapDemoPages();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddInteractiveWebAssemblyRenderMode()
    .AddAdditionalAssemblies(typeof(Consent.Sample.Client._Imports).Assembly);

app.Run();

/// <summary>The sample's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
