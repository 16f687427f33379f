using System.Globalization;
using Consent.Abstractions;
using Consent.Auditing;
using Consent.Audit.Tool.Tests.Infrastructure;

namespace Consent.Audit.Tool.Tests.Report;

public sealed class ReportCommandTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Report_IntactLog_IsSelfContainedWithChartsTablesVerificationAndRtlTexts(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        using var output = new TempFile(".html");
        var file = output.Path;
        var result = await ConsentAudit.RunAsync(store.Args("report", "--out", file));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<strong>INTACT</strong>: 30 events verified", html, StringComparison.Ordinal);
        Assert.Contains("consent-checkpoint/1 30 ", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<svg").Length - 1);
        Assert.Contains("Decisions by outcome over time", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"outcomes\">", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"grant-rates\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>2026-11-20</td>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"ar\" dir=\"rtl\">بيان الخصوصية", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\" dir=\"ltr\">Privacy and cookies", html, StringComparison.Ordinal);
        Assert.Contains("Language: ar; archived (first seen): 2026-11-20T09:00:00Z; shown in 20 decisions of the period, from 2026-11-20T09:00:00Z to ", html, StringComparison.Ordinal);

        // Self-contained: nothing is fetched when the file is opened offline.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"url\((?!#)", html);
        Assert.Contains("url(#outcomes-", html, StringComparison.Ordinal);
        Assert.Contains("url(#grant-rates-", html, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Report_TamperedLog_IsWrittenWithTheFindingAndExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 20) WHERE seq = 19;");
        using var output = new TempFile(".html");
        var file = output.Path;
        var result = await ConsentAudit.RunAsync(store.Args("report", "--out", file));

        Assert.Equal(ExitCodes.Tampered, result.ExitCode);
        Assert.Contains("<strong>TAMPERED</strong>: first bad event 19 (hash mismatch)", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    // The finding is named in the report's language, as `verify` names it, never by the library's enum name.
    [Theory]
    [Trait("Rule", "L1")]
    [InlineData("ar", "أول حدث فاسد: الحدث", "(عدم تطابق البصمة)")]
    [InlineData("en", "first bad event", "(hash mismatch)")]
    public async Task Report_TamperedLog_NamesTheProblemInTheReportsLanguage(string language, string opening, string problem)
    {
        await using var store = await TestStore.CreateAsync("Sqlite");
        await store.ExecuteAsync("UPDATE consent_events SET body = (SELECT body FROM consent_events WHERE seq = 20) WHERE seq = 19;");
        using var output = new TempFile(".html");
        var result = await ConsentAudit.RunAsync(store.Args("report", "--out", output.Path, "--language", language));

        Assert.Equal(ExitCodes.Tampered, result.ExitCode);
        var html = await File.ReadAllTextAsync(output.Path);
        var line = html.Split('\n').Single(l => l.Contains("class=\"tampered\"", StringComparison.Ordinal));
        Assert.Contains(opening, line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(AuditChainProblem.HashMismatch), html, StringComparison.Ordinal);
    }

    // A rewritten look-up column fails verification; the report is still written and says so.
    [Theory]
    [Trait("Rule", "L1")]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Report_RewrittenOccurredAtColumn_IsWrittenWithTheFindingAndExitsTampered(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await store.MoveOccurredAtAsync(12, TimeSpan.FromDays(1));
        using var output = new TempFile(".html");
        var file = output.Path;
        var result = await ConsentAudit.RunAsync(store.Args("report", "--from", "2026-11-20", "--out", file));

        Assert.True(result.ExitCode == ExitCodes.Tampered, result.ToString());
        Assert.Contains("<strong>TAMPERED</strong>: first bad event 12 (index mismatch)", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Contains("TAMPERED: first bad event 12 (index mismatch)", result.Output, StringComparison.Ordinal);
    }

    private const string CookieText = "نستخدم الملف .Consent لحفظ اختيارك، والملف _ga* لقياس الزيارات بعد موافقتك؛ التفاصيل في https://news.example/privacy.";

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Report_InArabic_IsRightToLeftWithArabicHeadingsLabelsAndCharts(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        using var output = new TempFile(".html");

        var result = await ConsentAudit.RunAsync(store.Args("report", "--out", output.Path, "--language", "ar"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith("INTACT: السجل سليم.", result.Output, StringComparison.Ordinal);
        Assert.Contains("كُتب التقرير في ", result.Output, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(output.Path);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>تقرير تدقيق سجل الموافقات</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>تقرير تدقيق سجل الموافقات</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>التحقق من سلسلة البصمات</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>القرارات حسب النتيجة عبر الزمن</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>نسبة السماح لكل فئة</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>نصوص الإشعار المؤرشفة</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>سليم</strong>: السجل سليم. الأحداث التي تم التحقق منها: 30 حدثاً", html, StringComparison.Ordinal);
        Assert.Contains("<th>الفترة</th><th>القرارات</th><th>وافق على الكل</th><th>رفض الكل</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>ضرورية</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>المجموع</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td><bdi dir=\"ltr\">2026-11-20</bdi></td>", html, StringComparison.Ordinal);
        Assert.Contains("القرارات المتَّخذة تحته في الفترة: 20 قراراً، من <bdi dir=\"ltr\">2026-11-20T09:00:00Z</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("<code dir=\"ltr\">consent-checkpoint/1 30 ", html, StringComparison.Ordinal);
        Assert.Contains($"<h3><code dir=\"ltr\">{ConsentTextHash.Compute(GeneratedLog.ArabicText)}</code></h3>", html, StringComparison.Ordinal);

        // The charts' titles, axis and legend, in the SVG itself.
        Assert.Equal(2, html.Split("<svg").Length - 1);
        Assert.Contains("<title id=\"outcomes-title\">القرارات حسب النتيجة عبر الزمن</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"grant-rates-title\">نسبة السماح لكل فئة</title>", html, StringComparison.Ordinal);

        // What the chart draws: ScottPlot drops a character its Arabic font lacks ("%", parentheses), so the labels use
        // the Arabic percent sign, which the font has, and no parentheses; labels positioned glyph by glyph (dates, numbers) sit in a left-to-right
        // chart, or the page's right-to-left bidi would move a date's hyphens onto its digits.
        Assert.Matches("direction=\"rtl\" text-anchor=\"end\">\u066a من القرارات</text>", html);
        Assert.Matches("direction=\"rtl\" text-anchor=\"end\">نسبة السماح لكل فئة</text>", html);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<svg [^>]*direction=\"ltr\""));
        Assert.DoesNotContain("accepted all", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Decisions by outcome", html, StringComparison.Ordinal);
    }

    // Under ar-SA, .NET's default calendar is Umm al-Qura: 2026-11-26 would be 1448-06-16. The report stays Gregorian.
    [Fact]
    public async Task Report_UnderArSaCulture_IsArabicWithGregorianUtcDates()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        using var output = new TempFile(".html");
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
        try
        {
            Assert.IsType<UmAlQuraCalendar>(CultureInfo.CurrentCulture.Calendar);

            var result = await ConsentAudit.RunAsync(store.Args("report", "--out", output.Path), uiCulture: CultureInfo.CurrentUICulture);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        var html = await File.ReadAllTextAsync(output.Path);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("تاريخ الإنشاء: <bdi dir=\"ltr\">2026-11-26T15:00:00Z</bdi> (UTC)", html, StringComparison.Ordinal);
        Assert.Contains("الأرشفة (أول ظهور): <bdi dir=\"ltr\">2026-11-20T09:00:00Z</bdi>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1448", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("[\u0660-\u0669]", html);
    }

    // Cookie names, a wildcard and a URL inside an archived Arabic text keep their order (.Consent, not Consent.),
    // in the Arabic report and in the English one, where the text keeps its own dir="rtl".
    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task Report_ArchivedArabicTextWithCookieNames_IsolatesEveryLatinRun(string language)
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        await store.ArchiveAsync("ar", CookieText);
        using var output = new TempFile(".html");

        var result = await ConsentAudit.RunAsync(store.Args("report", "--out", output.Path, "--language", language));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var html = await File.ReadAllTextAsync(output.Path);
        Assert.Contains(language == "ar" ? "<html lang=\"ar\" dir=\"rtl\">" : "<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"ar\" dir=\"rtl\">نستخدم الملف <bdi>.Consent</bdi> لحفظ اختيارك، والملف <bdi>_ga*</bdi> لقياس الزيارات بعد موافقتك؛ التفاصيل في <bdi>https://news.example/privacy</bdi>.</div>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\" dir=\"ltr\">Privacy and cookies", html, StringComparison.Ordinal);
    }
}
