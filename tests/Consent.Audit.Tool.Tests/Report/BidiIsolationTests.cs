using Consent.Audit.Tool.Report;

namespace Consent.Audit.Tool.Tests.Report;

public sealed class BidiIsolationTests
{
    [Theory]
    [InlineData("الملف .Consent يحفظ اختيارك", "الملف <bdi>.Consent</bdi> يحفظ اختيارك")]
    [InlineData("ملفات _ga* تحليلية.", "ملفات <bdi>_ga*</bdi> تحليلية.")]
    [InlineData("«_ga*» و«.Consent»", "&#171;<bdi>_ga*</bdi>&#187; و&#171;<bdi>.Consent</bdi>&#187;")]
    [InlineData("المسار /consent/inventory، ثم", "المسار <bdi>/consent/inventory</bdi>، ثم")]
    [InlineData("انظر https://news.example/a?b=1&c=2.", "انظر <bdi>https://news.example/a?b=1&amp;c=2</bdi>.")]
    [InlineData("والملف_ga", "والملف<bdi>_ga</bdi>")]
    [InlineData("مدة 13 شهراً", "مدة 13 شهراً")]
    [InlineData("بيان <b>الخصوصية</b>", "بيان &lt;<bdi>b</bdi>&gt;الخصوصية&lt;<bdi>/b</bdi>&gt;")]
    [InlineData("hash 5461642a9071e616", "<bdi>hash</bdi> <bdi>5461642a9071e616</bdi>")]
    public void IsolateLatinRuns_WrapsEachLatinRunAfterEncoding(string text, string html) =>
        Assert.Equal(html, BidiIsolation.IsolateLatinRuns(text));

    // Markup in an archived text is never markup in the report, whatever a tampered archive holds.
    [Fact]
    public void IsolateLatinRuns_EncodesMarkupInsideARun()
    {
        var html = BidiIsolation.IsolateLatinRuns("نص <script>alert(1)</script>");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;<bdi>script</bdi>&gt;", html, StringComparison.Ordinal);
    }
}
