using System.Globalization;
using System.Text;

namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>An RFC 4180 parser, as a spreadsheet reads the export, plus the reversal of the export's cell escaping.</summary>
internal static class CsvReader
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. cells]);
                cells.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    /// <summary>Undoes the export's protection: the apostrophe before a formula character and <c>\uXXXX</c> escapes.</summary>
    public static string Unescape(string cell)
    {
        if (cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@')
        {
            cell = cell[1..];
        }

        var builder = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\' && i + 5 < cell.Length && cell[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(cell.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                builder.Append(cell[i]);
            }
        }

        return builder.ToString();
    }
}
