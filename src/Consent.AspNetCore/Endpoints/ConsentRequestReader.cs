using System.Text.Json;
using Consent.Abstractions;
using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>Reads a <see cref="ConsentRequest"/> from an HTML form or a JSON body.</summary>
internal static class ConsentRequestReader
{
    private const int MaximumJsonBytes = 16 * 1024;

    public static async Task<(ConsentRequest? Request, string? Error)> ReadAsync(HttpContext context)
    {
        return context.Request.HasFormContentType
            ? await ReadFormAsync(context)
            : await ReadJsonAsync(context);
    }

    private static async Task<(ConsentRequest?, string?)> ReadFormAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = new ConsentRequest
        {
            Action = Single(form[ConsentFormNames.Action]),
            ReturnUrl = Single(form[ConsentFormNames.ReturnUrl]),
            Layer = Single(form[ConsentFormNames.Layer]),
            Language = Single(form[ConsentFormNames.Language]),
            TextHash = Single(form[ConsentFormNames.TextHash]),
        };
        foreach (var category in form[ConsentFormNames.Categories])
        {
            if (!string.IsNullOrEmpty(category))
            {
                request.Categories.Add(category);
            }
        }

        return (request, null);
    }

    private static async Task<(ConsentRequest?, string?)> ReadJsonAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaximumJsonBytes)
        {
            return (null, "The JSON body is too large.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaximumJsonBytes)
            {
                return (null, "The JSON body is too large.");
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 4 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The JSON body must be an object.");
            }

            var request = new ConsentRequest();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case ConsentFormNames.Action: request.Action = AsString(property.Value); break;
                    case ConsentFormNames.ReturnUrl: request.ReturnUrl = AsString(property.Value); break;
                    case ConsentFormNames.Layer: request.Layer = AsString(property.Value); break;
                    case ConsentFormNames.Language: request.Language = AsString(property.Value); break;
                    case ConsentFormNames.TextHash: request.TextHash = AsString(property.Value); break;
                    case ConsentFormNames.Categories:
                        if (property.Value.ValueKind != JsonValueKind.Array)
                        {
                            return (null, "\"categories\" must be an array of category keys.");
                        }

                        foreach (var item in property.Value.EnumerateArray())
                        {
                            request.Categories.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : "\u0000");
                        }

                        break;
                    default:
                        break;
                }
            }

            return (request, null);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON.");
        }
    }

    // A value that is not a JSON string is kept as an impossible value, so validation rejects it by name.
    private static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => "\u0000",
    };

    private static string? Single(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => "\u0000", // a field sent twice is ambiguous, so it is invalid
        };
}
