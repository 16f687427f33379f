using System.Globalization;
using System.Text;
using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>
/// Writes stored events as CSV (RFC 4180) that is safe to open in a spreadsheet (COMPLIANCE L4): every cell is
/// quoted, control, line-separator and bidi characters (<see cref="AuditText.IsUnsafe(Rune)"/>) are
/// written as <c>\uXXXX</c> so that no value can start a new row or reorder a cell,
/// and a value that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, in
/// their fullwidth, small or minus-sign forms too, after any leading white space, no-break and zero-width spaces
/// included) is prefixed with an apostrophe. The canonical bytes, not the CSV, remain the evidence.
/// </summary>
public static class ConsentEventCsv
{
    private static readonly string[] Columns =
    [
        "seq", "hash", "consent_id", "occurred_at", "type", "categories", "policy_revision", "language",
        "banner_text_hash", "control", "host", "path", "gpc", "client_address", "user_agent", "submission_key",
    ];

    /// <summary>Writes the header row.</summary>
    /// <param name="writer">The destination.</param>
    public static void WriteHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteRow(writer, Columns);
    }

    /// <summary>Writes one event as a row; an event whose body was purged keeps only its sequence number and hash.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="stored">The stored event.</param>
    public static void WriteRow(TextWriter writer, StoredConsentEvent stored)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(stored);
        var sequence = stored.Sequence.ToString(CultureInfo.InvariantCulture);
        if (stored.Event is not { } e)
        {
            WriteRow(writer, [sequence, stored.Hash, null, null, "(purged)", null, null, null, null, null, null, null, null, null, null, null]);
            return;
        }

        WriteRow(writer,
        [
            sequence,
            stored.Hash,
            e.ConsentId.ToString(),
            UtcTimeText.Ticks(e.OccurredAt),
            ConsentEventEncoding.TypeName(e.Type),
            string.Join(' ', e.Categories.Select(c => c.Category + (c.Granted ? "=1" : "=0"))),
            e.PolicyRevision,
            e.Language,
            e.BannerTextHash,
            e.Control,
            e.Host,
            e.Path,
            e.GlobalPrivacyControl ? "1" : "0",
            e.ClientAddress,
            e.UserAgent,
            e.SubmissionKey,
        ]);
    }

    private static void WriteRow(TextWriter writer, string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Cell(cells[i]));
        }

        writer.Write("\r\n");
    }

    internal static string Cell(string? value)
    {
        var builder = new StringBuilder("\"");
        if (StartsLikeAFormula(value))
        {
            builder.Append('\'');
        }

        foreach (var c in value ?? string.Empty)
        {
            if (AuditText.IsUnsafe(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c == '"' ? "\"\"" : c.ToString());
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Spreadsheets skip leading blanks and read fullwidth signs as their ASCII forms, so both are looked through.</summary>
    private static bool StartsLikeAFormula(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u180E' or '\u2060')
            {
                continue;
            }

            return c is '=' or '+' or '-' or '@'
                or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20' // fullwidth ＝ ＋ － ＠
                or '\uFE66' or '\uFE62' or '\uFE63' or '\uFE6B' // small forms
                or '\u2212'; // minus sign
        }

        return false;
    }
}
