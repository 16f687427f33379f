using System.Globalization;
using System.Net;
using System.Text;

namespace Consent.Audit.Tool.Report;

/// <summary>
/// Writes right-to-left text as HTML with every Latin-script run (a cookie name such as <c>.Consent</c> or
/// <c>_ga*</c>, a path, a URL, a hash) in its own <c>&lt;bdi&gt;</c>. Without it, the browser's bidi algorithm moves
/// a run's leading and trailing punctuation to the Arabic side: <c>.Consent</c> reads <c>Consent.</c>, <c>_ga*</c> reads <c>ga*_</c>.
/// </summary>
internal static class BidiIsolation
{
    // Quotes and brackets around a name belong to the sentence, and sentence punctuation after it too.
    private const string Enclosing = "«»‹›\"“”‘’()[]{}<>،؛؟";
    private const string SentenceEnd = ".,;:!?";

    /// <summary>HTML-encodes <paramref name="text"/>, isolating each Latin-script run in a <c>&lt;bdi&gt;</c>.</summary>
    public static string IsolateLatinRuns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || Enclosing.Contains(text[i], StringComparison.Ordinal))
            {
                html.Append(WebUtility.HtmlEncode(text[i].ToString()));
                i++;
                continue;
            }

            // A word: up to the next space or enclosing mark. Arabic letters it starts with (a prefix such as «و»
            // or «بـ» written onto the name) stay in the sentence; the rest is a run when it holds a Latin letter.
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && !Enclosing.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            var start = i;
            while (start < end && IsRightToLeft(text[start]))
            {
                start++;
            }

            var stop = end;
            while (stop > start && SentenceEnd.Contains(text[stop - 1], StringComparison.Ordinal))
            {
                stop--;
            }

            var run = text[start..stop];
            html.Append(WebUtility.HtmlEncode(text[i..start]));
            html.Append(HasLatinLetter(run) ? "<bdi>" + WebUtility.HtmlEncode(run) + "</bdi>" : WebUtility.HtmlEncode(run));
            html.Append(WebUtility.HtmlEncode(text[stop..end]));
            i = end;
        }

        return html.ToString();
    }

    private static bool HasLatinLetter(string run) => run.Any(char.IsAsciiLetter);

    // Arabic, Hebrew and the other right-to-left blocks, with the tatweel (ـ) that joins a prefix to a name.
    private static bool IsRightToLeft(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'
        && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
}
