using Consent.Auditing;
using Consent.Testing;

namespace Consent.Auditing.Tests.Export;

/// <summary>Exported events cannot inject rows or spreadsheet formulas.</summary>
public sealed class ConsentEventCsvTests
{
    [Theory]
    [Trait("Rule", "L4")]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("/news", "\"/news\"")]
    [InlineData("\u00A0=1+1", "\"'\u00A0=1+1\"")]
    [InlineData("  @SUM(A1)", "\"'  @SUM(A1)\"")]
    [InlineData("\u3000\u200B-1", "\"'\u3000\u200B-1\"")]
    [InlineData("\uFF1D1+1", "\"'\uFF1D1+1\"")]
    [InlineData("\uFF0B1", "\"'\uFF0B1\"")]
    [InlineData("\uFF0D1", "\"'\uFF0D1\"")]
    [InlineData("\uFF20SUM(A1)", "\"'\uFF20SUM(A1)\"")]
    [InlineData("\u2212" + "1", "\"'\u2212" + "1\"")]
    [InlineData("a=1", "\"a=1\"")]
    [InlineData("\u00A0news", "\"\u00A0news\"")]
    [InlineData("\u200F=1", "\"\\u200F=1\"")]
    public void WriteRow_FormulaLikeValue_IsNeutralised(string path, string expectedCell)
    {
        using var writer = new StringWriter();

        ConsentEventCsv.WriteRow(writer, new StoredConsentEvent(1, TestEvents.Create(1, path), new string('a', 64)));

        Assert.Contains($",{expectedCell},", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "L4")]
    public void WriteRow_ValueWithLineBreaks_StaysOnOneRow()
    {
        var stored = new StoredConsentEvent(1, TestEvents.Create(1, path: "/a\r\n2,\"forged\",row\u2028x"), new string('a', 64));
        using var writer = new StringWriter();

        ConsentEventCsv.WriteHeader(writer);
        ConsentEventCsv.WriteRow(writer, stored);

        var rows = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.Contains("\"/a\\u000D\\u000A2,\"\"forged\"\",row\\u2028x\"", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain('\n', rows[1]);
    }

    [Fact]
    [Trait("Rule", "R5")]
    public void WriteRow_PurgedEvent_KeepsSequenceAndHashOnly()
    {
        using var writer = new StringWriter();

        ConsentEventCsv.WriteRow(writer, new StoredConsentEvent(7, null, new string('b', 64)));

        Assert.StartsWith($"\"7\",\"{new string('b', 64)}\",\"\",\"\",\"(purged)\"", writer.ToString(), StringComparison.Ordinal);
    }
}
