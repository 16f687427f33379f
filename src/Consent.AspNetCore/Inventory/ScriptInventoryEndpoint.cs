using System.Text.Json;
using Consent.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consent.AspNetCore;

/// <summary>
/// <c>POST {EndpointPath}/inventory/script</c> takes the browser guard's reports (<c>navigator.sendBeacon</c>, a JSON
/// array of <c>{"s": storage, "n": name, "b": blocked}</c>): an undeclared cookie goes into the cookie inventory with
/// <c>script</c> as where it was seen (<c>GET {EndpointPath}/inventory</c>), at the path of the page that reported
/// it; a storage key, which is no cookie, is listed by <c>GET</c> here. Mapped in Development with the inventory on
/// only: it is an inventory aid, not an audit record.
/// </summary>
internal static class ScriptInventoryEndpoint
{
    /// <summary>The most a report may hold; the guard sends a page's reports in one beacon.</summary>
    public const int MaximumEntries = 64;

    private const int MaximumBytes = 16 * 1024;
    private const int MaximumNameLength = 256;

    /// <summary>Gets the path under the consent endpoint.</summary>
    public static string PathUnder(string endpointPath) => endpointPath.TrimEnd('/') + "/inventory/script";

    /// <summary>Whether the guard reports at all: in Development, when the cookie inventory is on (its default there).</summary>
    public static bool IsOn(CookieConsentOptions options, IHostEnvironment? environment) =>
        environment?.IsDevelopment() == true && options.Inventory.Enabled != false;

    public static void Map(IEndpointRouteBuilder endpoints, string endpointPath)
    {
        var inventory = new ScriptInventory(endpoints.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System);
        var path = PathUnder(endpointPath);
        endpoints.MapPost(path, (HttpContext context) => ReceiveAsync(context, inventory)).WithDisplayName("Consent: script inventory report (Development)");
        endpoints.MapGet(path, (HttpContext context) => ListAsync(context, inventory)).WithDisplayName("Consent: script storage inventory (Development)");
    }

    private static async Task ReceiveAsync(HttpContext context, ScriptInventory inventory)
    {
        // A beacon is same-origin; a page elsewhere has no business filling this site's inventory.
        if (context.Request.Headers.Origin is [{ } origin] && !string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (context.Request.ContentLength > MaximumBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var body = new byte[MaximumBytes + 1];
        var length = 0;
        int read;
        while (length < body.Length && (read = await context.Request.Body.ReadAsync(body.AsMemory(length), context.RequestAborted)) > 0)
        {
            length += read;
        }

        if (length > MaximumBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var reports = Parse(body.AsSpan(0, length));
        if (reports is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"Send a JSON array of at most {MaximumEntries} {{\"s\": 0|1|2, \"n\": \"name\", \"b\": true|false}}.", context.RequestAborted);
            return;
        }

        var cookies = context.RequestServices.GetRequiredService<ConsentServices>().Inventory;
        var page = PageOf(context);
        foreach (var (storage, name, blocked) in reports)
        {
            if (storage == CookieStorage.Cookie)
            {
                cookies?.NoteScriptCookie(name, page);
            }
            else
            {
                inventory.Record(storage, name, blocked);
            }
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    // The page that sent the beacon (same origin, checked above): what a request path is for a cookie the server sees.
    private static string? PageOf(HttpContext context) =>
        Uri.TryCreate(context.Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? referer.AbsolutePath
            : null;

    // All or nothing: one bad entry and nothing of the report is recorded.
    private static List<(CookieStorage Storage, string Name, bool Blocked)>? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() > MaximumEntries)
            {
                return null;
            }

            var reports = new List<(CookieStorage, string, bool)>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("s", out var s) || !s.TryGetInt32(out var storage) || storage is < 0 or > 2
                    || !item.TryGetProperty("n", out var n) || n.ValueKind != JsonValueKind.String || n.GetString() is not { Length: <= MaximumNameLength } name
                    || !item.TryGetProperty("b", out var b) || b.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return null;
                }

                reports.Add(((CookieStorage)storage, name, b.GetBoolean()));
            }

            return reports;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task ListAsync(HttpContext context, ScriptInventory inventory)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteNumber("dropped", inventory.Dropped);
        json.WriteStartArray("entries");
        foreach (var entry in inventory.Snapshot())
        {
            json.WriteStartObject();
            json.WriteString("name", entry.Name);
            json.WriteString("storage", entry.Storage == CookieStorage.SessionStorage ? "sessionStorage" : "localStorage");
            json.WriteString("seenIn", "script");
            json.WriteBoolean("blocked", entry.Blocked);
            json.WriteNumber("count", entry.Count);
            json.WriteString("firstSeen", UtcTimeText.Seconds(entry.FirstSeen));
            json.WriteString("lastSeen", UtcTimeText.Seconds(entry.LastSeen));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
