using System.Text.Json;
using Consent.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore;

/// <summary>
/// <c>POST {EndpointPath}/inventory/script</c> takes the browser guard's reports (<c>navigator.sendBeacon</c>, a JSON
/// array of <c>{"s": storage, "n": name, "b": blocked}</c>) and <c>GET</c> lists what was reported, with
/// <c>script</c> as where it was seen. Mapped in Development only: it is an inventory aid, not an audit record.
/// </summary>
internal static class ScriptInventoryEndpoint
{
    /// <summary>The most a report may hold; the guard sends a page's reports in one beacon.</summary>
    public const int MaximumEntries = 64;

    private const int MaximumBytes = 16 * 1024;
    private const int MaximumNameLength = 256;

    /// <summary>Gets the path under the consent endpoint.</summary>
    public static string PathUnder(string endpointPath) => endpointPath.TrimEnd('/') + "/inventory/script";

    public static void Map(IEndpointRouteBuilder endpoints, string endpointPath)
    {
        var inventory = new ScriptInventory(endpoints.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System);
        var path = PathUnder(endpointPath);
        endpoints.MapPost(path, (HttpContext context) => ReceiveAsync(context, inventory)).WithDisplayName("Consent: script inventory report (Development)");
        var policy = endpoints.ServiceProvider.GetRequiredService<ConsentPolicy>();
        var suggestions = CookieSuggestions.WithOpenCookieDatabase();
        endpoints.MapGet(path, (HttpContext context) => ListAsync(context, inventory, policy, suggestions)).WithDisplayName("Consent: script inventory (Development)");
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

        foreach (var (storage, name, blocked) in reports)
        {
            inventory.Record(storage, name, blocked);
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

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

    private static bool IsDeclared(ConsentPolicy policy, ScriptInventoryEntry entry) =>
        entry.Storage == CookieStorage.Cookie
            ? policy.FindCookie(entry.Name) is not null
            : policy.Cookies.Any(c => c.Storage == entry.Storage && CookieNamePattern.IsMatch(c.Name, entry.Name));

    private static async Task ListAsync(HttpContext context, ScriptInventory inventory, ConsentPolicy policy, CookieSuggestions suggestions)
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
            json.WriteString("storage", entry.Storage switch
            {
                CookieStorage.LocalStorage => "localStorage",
                CookieStorage.SessionStorage => "sessionStorage",
                _ => "cookie",
            });
            json.WriteString("seenIn", "script");
            json.WriteBoolean("blocked", entry.Blocked);
            json.WriteNumber("count", entry.Count);
            json.WriteString("firstSeen", UtcTimeText.Seconds(entry.FirstSeen));
            json.WriteString("lastSeen", UtcTimeText.Seconds(entry.LastSeen));
            var declared = IsDeclared(policy, entry);
            json.WriteBoolean("declared", declared);
            // What the Open Cookie Database says about an undeclared cookie: a starting point to review, never a declaration.
            if (!declared && entry.Storage == CookieStorage.Cookie && suggestions.Suggest(entry.Name) is { } suggestion)
            {
                json.WriteStartObject("suggestion");
                json.WriteString("category", suggestion.Category);
                json.WriteString("provider", suggestion.Provider);
                json.WriteString("purpose", suggestion.Purpose);
                json.WriteString("source", suggestion.Source);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
