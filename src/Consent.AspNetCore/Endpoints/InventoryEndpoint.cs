using System.Globalization;
using System.Net;
using System.Text.Json;
using Consent.Abstractions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore;

/// <summary>
/// <c>GET {EndpointPath}/inventory</c>: the undeclared cookies the inventory has seen, each with the library's
/// suggestion and a declaration to paste, as JSON. 404 when the inventory is off; without a named authorization
/// policy, only for requests from this machine that no proxy relayed.
/// </summary>
internal static class InventoryEndpoint
{
    public const string Path = "/inventory";

    public static async Task GetAsync(HttpContext context)
    {
        var services = context.RequestServices.GetRequiredService<ConsentServices>();
        context.Response.Headers.CacheControl = "no-store";
        if (services.Inventory is not { } inventory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (services.Policy.Options.Inventory.AuthorizationPolicy is null && !IsFromThisMachine(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                "The cookie inventory answers only requests from this machine. To serve it further, name an authorization policy in Consent:Inventory:AuthorizationPolicy.",
                context.RequestAborted);
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = SuggestedDeclaration.Encoder });
        Write(json, inventory, services.Suggestions);
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>Writes the inventory in the documented shape (docs/cookie-inventory.md): camelCase, names in ordinal order.</summary>
    public static void Write(Utf8JsonWriter json, CookieInventory inventory, ICookieSuggestionSource suggestions)
    {
        json.WriteStartObject();
        json.WriteStartArray("cookies");
        foreach (var entry in inventory.Entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var suggestion = suggestions.Suggest(entry.Name);
            json.WriteStartObject();
            json.WriteString("name", entry.Name);
            json.WriteStartObject("seen");
            json.WriteNumber("setCookie", entry.Count(CookieSeenIn.SetCookie));
            json.WriteNumber("request", entry.Count(CookieSeenIn.Request));
            json.WriteNumber("script", entry.Count(CookieSeenIn.Script));
            json.WriteEndObject();
            json.WriteString("firstSeen", UtcTimeText.Seconds(entry.FirstSeen));
            json.WriteString("lastSeen", UtcTimeText.Seconds(entry.LastSeen));
            json.WriteStartArray("paths");
            foreach (var path in entry.Paths)
            {
                json.WriteStringValue(path);
            }

            json.WriteEndArray();
            WriteSuggestion(json, suggestion);
            var declaration = SuggestedDeclaration.For(entry.Name, suggestion);
            json.WriteStartObject("declaration");
            json.WriteString("csharp", declaration.ToCSharp());
            json.WritePropertyName("json");
            declaration.WriteJson(json);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("overflow", inventory.Overflow);
        json.WriteEndObject();
    }

    private static void WriteSuggestion(Utf8JsonWriter json, CookieSuggestion? suggestion)
    {
        if (suggestion is null)
        {
            json.WriteNull("suggestion");
            return;
        }

        json.WriteStartObject("suggestion");
        json.WriteString("category", suggestion.Category);
        json.WriteString("provider", suggestion.Provider);
        json.WriteString("purpose", suggestion.Purpose);
        if (suggestion.Lifetime.IsSession)
        {
            json.WriteString("lifetime", "session");
        }
        else if (suggestion.Lifetime.Duration is { } duration)
        {
            json.WriteString("lifetime", duration.ToString("c", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("lifetime");
        }

        json.WriteString("source", suggestion.Source);
        json.WriteEndObject();
    }

    // Loopback and not relayed (a reverse proxy on the same machine would make every visitor look local), or ASP.NET
    // Core's in-process TestServer, which has no network address at all and which a site's own tests use.
    private static bool IsFromThisMachine(HttpContext context) =>
        !context.Request.Headers.ContainsKey("X-Forwarded-For")
        && !context.Request.Headers.ContainsKey("Forwarded")
        && context.Connection.RemoteIpAddress switch
        {
            { } address => IPAddress.IsLoopback(address),
            null => context.Connection.LocalIpAddress is null && IsInProcessTestServer(context.RequestServices),
        };

    private static bool IsInProcessTestServer(IServiceProvider services) =>
        services.GetService<IServer>()?.GetType().FullName == "Microsoft.AspNetCore.TestHost.TestServer";
}
