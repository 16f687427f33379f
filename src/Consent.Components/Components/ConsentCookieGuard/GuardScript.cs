using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Consent.Abstractions;

namespace Consent.Components;

/// <summary>
/// The browser guard's script: <c>consent-guard.js</c> (embedded), minified once, called with the compact registry
/// and the visitor's consent. The registry part is built once per policy.
/// </summary>
internal static class GuardScript
{
    private static readonly ConditionalWeakTable<ConsentPolicyView, string> Registries = [];

    /// <summary>Gets the minified function, without its data.</summary>
    public static string Source { get; } = Minify(ReadSource());

    /// <summary>Gets the whole inline script for a page: the function called with its data.</summary>
    public static string Render(ConsentPageState page)
    {
        var registry = Registries.GetValue(page.Policy, RegistryJson);
        var visitor = page.Visitor;
        var granted = visitor is null ? [CategoryKeys.Necessary] : page.Policy.Categories.Where(c => visitor.IsGranted(c.Key)).Select(c => c.Key);
        var data = new StringBuilder(Source.Length + registry.Length + 64);
        data.Append(Source).Append("({\"g\":").Append(JsonSerializer.Serialize(granted.ToArray(), GuardJson.Default.StringArray))
            .Append(",\"x\":").Append(visitor is null ? '0' : '1')
            .Append(registry).Append("});");
        return data.ToString();
    }

    // Exact names before patterns, so that the guard's first match is the one the server's registry finds.
    private static string RegistryJson(ConsentPolicyView policy)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            // Written inside an object the caller opened; the writer needs a root, so open and cut one.
            json.WriteStartObject();
            // Undeclared cookies: 0 blocked, 1 allowed, or the optional category keys that must all be granted.
            if (policy.AllowsUndeclaredCookiesWhenAllGranted && !policy.AllowsUndeclaredCookies)
            {
                json.WriteStartArray("a");
                foreach (var category in policy.Categories.Where(c => c.Key != CategoryKeys.Necessary))
                {
                    json.WriteStringValue(category.Key);
                }

                json.WriteEndArray();
            }
            else
            {
                json.WriteNumber("a", policy.AllowsUndeclaredCookies ? 1 : 0);
            }

            json.WriteString("e", policy.EndpointPath);
            if (policy.ScriptReportPath is { } report)
            {
                json.WriteString("r", report);
            }

            json.WriteStartArray("k");
            // A cookie only the server writes, HttpOnly, is out of any script's reach: the guard needs nothing of it.
            var cookies = policy.Categories.SelectMany(c => c.Cookies.Where(cookie => !cookie.IsHttpOnly).Select(cookie => (Category: c.Key, Cookie: cookie)));
            foreach (var (category, cookie) in cookies.OrderBy(c => c.Cookie.Name.Contains('*', StringComparison.Ordinal)))
            {
                json.WriteStartArray();
                json.WriteStringValue(cookie.Name);
                json.WriteStringValue(category);
                json.WriteNumberValue((int)cookie.Storage);
                WriteOptional(json, cookie.Domain);
                WriteOptional(json, cookie.Path);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        return "," + text[1..^1];
    }

    private static void WriteOptional(Utf8JsonWriter json, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    private static string ReadSource()
    {
        using var stream = typeof(GuardScript).Assembly.GetManifestResourceStream("Consent.Components.consent-guard.js")
            ?? throw new InvalidOperationException("consent-guard.js is not embedded in Consent.Components.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Drops whole-line comments and indentation and the spaces next to punctuation outside double-quoted strings.
    /// Enough for a source written for it (see the head of <c>consent-guard.js</c>), not for JavaScript in general.
    /// </summary>
    internal static string Minify(string source)
    {
        const string Punctuation = "=+-*/<>!&|?:,;{}()[]";
        var result = new StringBuilder(source.Length);
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (result.Length > 0 && !";{},(".Contains(result[^1], StringComparison.Ordinal))
            {
                result.Append('\n');
            }

            var inString = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (inString)
                {
                    result.Append(c);
                    if (c == '\\' && i + 1 < line.Length)
                    {
                        result.Append(line[++i]);
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                    result.Append(c);
                }
                else if (c != ' ' || (result.Length == 0 || !Punctuation.Contains(result[^1], StringComparison.Ordinal))
                    && (i + 1 >= line.Length || !Punctuation.Contains(line[i + 1], StringComparison.Ordinal)))
                {
                    result.Append(c);
                }
            }
        }

        return result.ToString();
    }
}
