using System.Text.Json;
using Consent.Abstractions;
using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>
/// Reads a <see cref="ConsentRequest"/> from an HTML form or a JSON body. A field the endpoint does not know, a JSON
/// key sent twice or a form beyond the server's limits is an error that names what was wrong: nothing is guessed.
/// </summary>
internal static class ConsentRequestReader
{
    private const int MaximumJsonBytes = 16 * 1024;
    private const int MaximumNamesQuoted = 5;

    private static readonly string[] FieldNames =
        [ConsentFormNames.Action, ConsentFormNames.Categories, ConsentFormNames.ReturnUrl, ConsentFormNames.Layer, ConsentFormNames.Language, ConsentFormNames.TextHash, ConsentFormNames.SubmissionKey];

    public static async Task<(ConsentRequest? Request, string? Error)> ReadAsync(HttpContext context, string antiforgeryField)
    {
        return context.Request.HasFormContentType
            ? ReadForm(await context.Request.ReadFormAsync(context.RequestAborted), antiforgeryField)
            : await ReadJsonAsync(context);
    }

    /// <summary>Reads the form before anything else does, so that a form beyond the server's limits is reported as such.</summary>
    public static async Task<string?> LoadFormAsync(HttpContext context)
    {
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (InvalidDataException exception)
        {
            // FormOptions' limits: value count (1,024 by default), key and value lengths, body size.
            return $"The form is too large: {exception.Message} The consent form has at most a few dozen fields.";
        }
    }

    private static (ConsentRequest?, string?) ReadForm(IFormCollection form, string antiforgeryField)
    {
        var unknown = form.Keys.Where(key => !string.Equals(key, antiforgeryField, StringComparison.Ordinal) && Array.IndexOf(FieldNames, key) < 0)
            .Concat(form.Files.Select(file => file.Name))
            .ToList();
        if (unknown.Count > 0)
        {
            return (null, $"Unknown form field {Quote(unknown)}. Send only {string.Join(", ", FieldNames)} and the antiforgery token.");
        }

        var request = new ConsentRequest
        {
            Action = Single(form[ConsentFormNames.Action]),
            ReturnUrl = Single(form[ConsentFormNames.ReturnUrl]),
            Layer = Single(form[ConsentFormNames.Layer]),
            Language = Single(form[ConsentFormNames.Language]),
            TextHash = Single(form[ConsentFormNames.TextHash]),
            SubmissionKey = Single(form[ConsentFormNames.SubmissionKey]),
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

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var duplicates = new List<string>();
            var unknown = new List<string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    duplicates.Add(property.Name);
                }
                else if (Array.IndexOf(FieldNames, property.Name) < 0)
                {
                    unknown.Add(property.Name);
                }
            }

            if (duplicates.Count > 0)
            {
                return (null, $"The JSON body has the key {Quote(duplicates)} more than once. Send each key once.");
            }

            if (unknown.Count > 0)
            {
                return (null, $"Unknown JSON key {Quote(unknown)}. Send only {string.Join(", ", FieldNames)}.");
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
                    // A key that is there must be a key: null would otherwise pass as none and be recorded again.
                    case ConsentFormNames.SubmissionKey: request.SubmissionKey = AsString(property.Value) ?? "\u0000"; break;
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

    /// <summary>The names as the message quotes them: cleaned of control and bidi characters, a few, each short.</summary>
    private static string Quote(List<string> names)
    {
        var quoted = string.Join(", ", names.Take(MaximumNamesQuoted).Select(name => $"\"{Consent.Auditing.AuditText.Clean(name, 40)}\""));
        return names.Count > MaximumNamesQuoted ? $"{quoted} (and {names.Count - MaximumNamesQuoted} more)" : quoted;
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
