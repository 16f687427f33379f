using Consent.AspNetCore;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the consent endpoint.</summary>
public static class CookieConsentEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST</c> and <c>GET</c> on <see cref="CookieConsentOptions.EndpointPath"/> (default <c>/consent</c>).
    /// POST takes a decision from the banner form (<c>action</c> = <c>accept-all</c>, <c>reject-all</c> or <c>save</c>,
    /// repeated <c>categories</c>, <c>returnUrl</c>, the antiforgery token) or the same fields as JSON, and answers
    /// 303 See Other to the local <c>returnUrl</c> (JSON: the new state). GET returns the current state as JSON.
    /// <c>GET {EndpointPath}/inventory</c> returns the undeclared cookies seen, with suggested declarations, when
    /// <see cref="CookieInventoryOptions.Enabled"/> (404 otherwise). In Development with the inventory on, also maps
    /// <c>{EndpointPath}/inventory/script</c>, where <c>&lt;ConsentCookieGuard /&gt;</c> reports what scripts tried to
    /// store: its undeclared cookies then show in the inventory as seen in <c>script</c>.
    /// </summary>
    /// <param name="endpoints">The endpoint route builder.</param>
    /// <returns>A builder to add conventions, such as rate limiting, to both endpoints.</returns>
    public static IEndpointConventionBuilder MapCookieConsent(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetService<IOptions<CookieConsentOptions>>()
            ?? throw new InvalidOperationException("Call builder.Services.AddCookieConsent() before app.MapCookieConsent().");
        var group = endpoints.MapGroup(options.Value.EndpointPath);
        group.MapPost(string.Empty, ConsentEndpoint.PostAsync).WithDisplayName("Consent: take a decision");
        group.MapGet(string.Empty, ConsentEndpoint.GetAsync).WithDisplayName("Consent: current state");
        var inventory = group.MapGet(InventoryEndpoint.Path, InventoryEndpoint.GetAsync).WithDisplayName("Consent: cookie inventory");
        if (options.Value.Inventory.AuthorizationPolicy is { } policy)
        {
            inventory.RequireAuthorization(policy);
        }

        if (ScriptInventoryEndpoint.IsOn(options.Value, endpoints.ServiceProvider.GetService<IHostEnvironment>()))
        {
            // What <ConsentCookieGuard /> saw scripts store, into the inventory (not part of the returned group).
            ScriptInventoryEndpoint.Map(endpoints, options.Value.EndpointPath);
        }

        return group;
    }
}
