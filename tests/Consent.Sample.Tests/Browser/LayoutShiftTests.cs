using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>The fixed banner never pushes the page around: cumulative layout shift is 0.</summary>
[Collection(BrowserScenarios.Name)]
public sealed class LayoutShiftTests(BrowserFixture fixture)
{
    // Every layout-shift entry since the navigation (buffered), summed as CLS does, once two frames have painted.
    private const string MeasureLayoutShift = """
        () => new Promise((resolve, reject) => {
            if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
                reject(new Error('This browser does not report layout shifts: the measure would prove nothing.'));
                return;
            }
            let total = 0;
            const observer = new PerformanceObserver(list => {
                for (const entry of list.getEntries()) {
                    if (!entry.hadRecentInput) total += entry.value;
                }
            });
            observer.observe({ type: 'layout-shift', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => {
                for (const entry of observer.takeRecords()) {
                    if (!entry.hadRecentInput) total += entry.value;
                }
                observer.disconnect();
                resolve(total);
            }));
        })
        """;

    [Theory]
    [InlineData("/", 1280, "light")]
    [InlineData("/", 320, "light")]
    [InlineData("/", 320, "dark")]
    [InlineData("/?consent=settings", 1280, "light")]
    [InlineData("/?consent=settings", 320, "light")]
    [InlineData("/?consent=settings", 320, "dark")]
    public async Task Banner_CausesNoLayoutShift(string path, int width, string scheme)
    {
        await using var visit = await Visit.StartAsync(fixture, path, BannerView.Options(width, width == 320 ? 640 : 800, scheme));
        var (_, page, banner) = visit;
        await Assertions.Expect(banner.Root).ToBeVisibleAsync();

        // Late shifts would come from what loads after the document: wait until the network is quiet.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(0, await page.EvaluateAsync<double>(MeasureLayoutShift));
    }
}
