using System.Text;

namespace Consent.Auditing;

/// <summary>Makes request-derived text safe to keep in a log: no control characters, bounded length (COMPLIANCE L4).</summary>
public static class AuditText
{
    /// <summary>
    /// Removes the characters of <see cref="IsUnsafe(Rune)"/> and keeps at most <paramref name="maxLength"/> UTF-16 code units.
    /// </summary>
    /// <param name="value">The text, such as a request's host or user agent.</param>
    /// <param name="maxLength">The longest text kept.</param>
    /// <returns>The cleaned text; empty for <see langword="null"/>.</returns>
    public static string Clean(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var span = value.AsSpan();
        if (span.Length > maxLength)
        {
            span = span[..maxLength];
        }

        var builder = new StringBuilder(span.Length);
        foreach (var rune in span.EnumerateRunes())
        {
            if (!IsUnsafe(rune))
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Gets whether a character must not reach a log, a report or an export as is: a control character, the line or
    /// paragraph separator (U+2028, U+2029) or any character of Unicode's Bidi_Control property: the embeddings and
    /// overrides (U+202A–U+202E), the isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). Each could
    /// forge a line or reorder text in a viewer.
    /// </summary>
    /// <param name="rune">The character.</param>
    /// <returns><see langword="true"/> for a character to drop or escape.</returns>
    public static bool IsUnsafe(Rune rune) =>
        Rune.IsControl(rune)
        || rune.Value is 0x2028 or 0x2029 or 0x200E or 0x200F or 0x061C or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    /// <summary>Gets whether a UTF-16 code unit is a character of <see cref="IsUnsafe(Rune)"/>; a surrogate never is.</summary>
    /// <param name="c">The code unit.</param>
    /// <returns><see langword="true"/> for a character to drop or escape.</returns>
    public static bool IsUnsafe(char c) => Rune.TryCreate(c, out var rune) && IsUnsafe(rune);
}
