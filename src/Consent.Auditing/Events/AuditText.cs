using System.Text;

namespace Consent.Auditing;

/// <summary>Makes request-derived text safe to keep in a log: no control characters, bounded length (COMPLIANCE L4).</summary>
public static class AuditText
{
    /// <summary>
    /// Removes control characters, line and paragraph separators and bidi controls, which could forge lines or reorder
    /// text in a viewer, and keeps at most <paramref name="maxLength"/> UTF-16 code units.
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
            // Line and paragraph separators and bidi controls could forge lines or reorder text in a viewer.
            if (Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029 || (rune.Value >= 0x202A && rune.Value <= 0x202E) || (rune.Value >= 0x2066 && rune.Value <= 0x2069))
            {
                continue;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
