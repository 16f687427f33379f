using Consent.Sample;
using Consent.Sample.Components;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

builder.Services.AddCookieConsent(SampleCookies.Declare).AddSampleAuditLog(builder);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseCookieConsent();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapCookieConsent();
app.MapHealthChecks("/health");
app.MapDemoCookies();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

/// <summary>The sample's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
