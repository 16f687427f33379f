using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// The declaration to paste for an undeclared cookie, as C# for <c>options.Cookies</c> and as the JSON of one
/// <c>Consent:Cookies</c> entry. What the suggestion does not know is left empty (category, purpose, provider) or
/// zero (an unknown lifetime), so that startup validation asks for it rather than the site declaring a guess.
/// </summary>
internal sealed record SuggestedDeclaration
{
    /// <summary>Arabic and other scripts as text; the characters HTML cares about stay escaped.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public required string Name { get; init; }

    public string Category { get; init; } = string.Empty;

    public string Provider { get; init; } = string.Empty;

    public string Purpose { get; init; } = string.Empty;

    /// <summary>The lifetime; <see cref="SuggestedLifetime.Unknown"/> is written as zero, which validation refuses.</summary>
    public SuggestedLifetime Lifetime { get; init; }

    /// <summary>Builds the declaration of the cookie <paramref name="name"/> from what a source suggests, if anything.</summary>
    /// <param name="name">The name seen.</param>
    /// <param name="suggestion">The suggestion; for a stem match the declaration names the stem as a pattern.</param>
    public static SuggestedDeclaration For(string name, CookieSuggestion? suggestion) => suggestion is null
        ? new SuggestedDeclaration { Name = name }
        : new SuggestedDeclaration
        {
            Name = !suggestion.IsStemMatch ? name
                : suggestion.MatchedName.Contains('*', StringComparison.Ordinal) ? suggestion.MatchedName
                : suggestion.MatchedName + "*",
            Category = suggestion.Category,
            Provider = suggestion.Provider ?? string.Empty,
            Purpose = suggestion.Purpose,
            Lifetime = suggestion.Lifetime,
        };

    /// <summary>Writes the declaration as one C# statement for <c>AddCookieConsent(options => …)</c>.</summary>
    public string ToCSharp()
    {
        var text = new StringBuilder("options.Cookies.Add(new DeclaredCookie { Name = ");
        Literal(text, Name);
        text.Append(", Category = ").Append(Category switch
        {
            CategoryKeys.Necessary => "ConsentCategory.Necessary",
            CategoryKeys.Functional => "ConsentCategory.Functional",
            CategoryKeys.Analytics => "ConsentCategory.Analytics",
            CategoryKeys.Marketing => "ConsentCategory.Marketing",
            _ => Literal(new StringBuilder(), Category).ToString(),
        });
        text.Append(", Provider = ");
        Literal(text, Provider);
        text.Append(", Purpose = ");
        Literal(text, Purpose);
        if (!Lifetime.IsSession)
        {
            text.Append(", Lifetime = ").Append(CSharpDuration(Lifetime.Duration ?? TimeSpan.Zero));
        }

        return text.Append(" });").ToString();
    }

    /// <summary>Writes the declaration as the JSON object of one <c>Consent:Cookies</c> entry.</summary>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("name", Name);
        json.WriteString("category", Category);
        json.WriteString("provider", Provider);
        json.WriteString("purpose", Purpose);
        if (!Lifetime.IsSession)
        {
            json.WriteString("lifetime", (Lifetime.Duration ?? TimeSpan.Zero).ToString("c", CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }

    /// <summary>Returns <see cref="WriteJson"/>'s object as compact text.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            WriteJson(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string CSharpDuration(TimeSpan duration) => duration switch
    {
        { Ticks: 0 } => "TimeSpan.Zero",
        _ when duration.Ticks % TimeSpan.TicksPerDay == 0 => $"TimeSpan.FromDays({duration.Ticks / TimeSpan.TicksPerDay})",
        _ when duration.Ticks % TimeSpan.TicksPerHour == 0 => $"TimeSpan.FromHours({duration.Ticks / TimeSpan.TicksPerHour})",
        _ when duration.Ticks % TimeSpan.TicksPerMinute == 0 => $"TimeSpan.FromMinutes({duration.Ticks / TimeSpan.TicksPerMinute})",
        _ => $"TimeSpan.FromSeconds({(duration.Ticks / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture)})",
    };

    // A regular C# string literal: quotes, backslashes and control characters escaped, other text as it is.
    private static StringBuilder Literal(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"');
    }
}
