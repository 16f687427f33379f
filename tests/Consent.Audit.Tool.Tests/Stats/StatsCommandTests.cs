using Consent.Audit.Tool.Stats;
using Consent.Audit.Tool.Tests.Infrastructure;

namespace Consent.Audit.Tool.Tests.Stats;

public sealed class StatsCommandTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Stats_ByLanguage_CountsOutcomesGrantRatesAndGpcShare(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        var events = GeneratedLog.Events(30);

        var result = await ConsentAudit.RunAsync(store.Args("stats", "--by", "language"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var total = Row(result.Output, "total");
        Assert.Equal("30", total[1]);
        foreach (var (outcome, column) in DecisionOutcomes.All.Select((o, i) => (o, i + 2)))
        {
            Assert.Equal(events.Count(e => DecisionOutcomes.Classify(e) == outcome).ToString(System.Globalization.CultureInfo.InvariantCulture), total[column]);
        }

        var gpc = 100.0 * events.Count(e => e.GlobalPrivacyControl) / events.Count;
        Assert.Equal(gpc.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %", total[6]);
        Assert.Equal("100.0 %", total[7]);
        var analytics = 100.0 * events.Count(e => e.Categories[2].Granted) / events.Count;
        Assert.Equal(analytics.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %", total[9]);
        Assert.Equal("20", Row(result.Output, "ar")[1]);
        Assert.Equal("10", Row(result.Output, "en")[1]);
    }

    [Fact]
    public async Task Stats_ByWeekInArabicCulture_UsesGregorianIsoWeeks()
    {
        await using var store = await TestStore.CreateAsync("sqlite");
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
        try
        {
            var result = await ConsentAudit.RunAsync(store.Args("stats", "--by", "week", "--from", "2026-11-20", "--to", "2026-12-31"));

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(["2026-W47", "2026-W48", "total"], Rows(result.Output).Select(r => r[0]).Where(c => c.StartsWith("2026", StringComparison.Ordinal) || c == "total"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private static string[] Row(string output, string key) => Rows(output).Single(r => r[0] == key);

    private static List<string[]> Rows(string output) =>
        [.. output.Split('\n').Where(l => l.StartsWith('│')).Select(l => l.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray())];

    [Fact]
    public async Task Stats_InArabic_HeadsInArabicWithTheSameFigures()
    {
        await using var store = await TestStore.CreateAsync("sqlite");

        var english = await ConsentAudit.RunAsync(store.Args("stats", "--by", "language"));
        var arabic = await ConsentAudit.RunAsync(store.Args("stats", "--by", "language", "--language", "ar"));

        Assert.True(arabic.ExitCode == ExitCodes.Ok, arabic.ToString());
        Assert.Equal(["اللغة", "القرارات", "وافق على الكل", "رفض الكل", "اختيار مخصَّص", "سحب الموافقة", "نسبة GPC", "السماح: ضرورية", "السماح: وظيفية", "السماح: تحليلية", "السماح: تسويقية"], Rows(arabic.Output)[0]);
        Assert.Equal(Row(english.Output, "total")[1..], Row(arabic.Output, "المجموع")[1..]);
        Assert.Equal(Row(english.Output, "ar"), Row(arabic.Output, "ar"));
    }
}
