using System.Text.Json;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// Measures the banner as Chromium lays it out: text lines, boxes, scroll containers and switch thumbs. Every figure
/// is read from the rendered page (client rects and computed styles), never from our own markup or CSS.
/// </summary>
internal static class BannerProbe
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Line boxes of an element's text: the client rects of its contents, merged by vertical overlap. A line counts as
    // visible when it lies wholly inside the viewport and inside every clipping ancestor; "cut" when it straddles an edge.
    private const string LinesScript = """
        selector => {
            const el = document.querySelector(selector);
            if (!el) return null;
            const range = document.createRange();
            range.selectNodeContents(el);
            const lines = [];
            for (const r of range.getClientRects()) {
                if (r.width < 1 || r.height < 1) continue;
                const mid = (r.top + r.bottom) / 2;
                const line = lines.find(l => mid >= l.top && mid <= l.bottom);
                if (line) { line.top = Math.min(line.top, r.top); line.bottom = Math.max(line.bottom, r.bottom); }
                else lines.push({ top: r.top, bottom: r.bottom });
            }
            const clips = [{ top: 0, bottom: innerHeight }];
            for (let a = el.parentElement; a; a = a.parentElement) {
                if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(a).overflowY)) {
                    const b = a.getBoundingClientRect();
                    clips.push({ top: b.top + a.clientTop, bottom: b.top + a.clientTop + a.clientHeight });
                }
            }
            const inside = l => clips.every(c => l.top >= c.top - 0.5 && l.bottom <= c.bottom + 0.5);
            const outside = l => clips.some(c => l.bottom <= c.top + 0.5 || l.top >= c.bottom - 0.5);
            return JSON.stringify({
                total: lines.length,
                visible: lines.filter(inside).length,
                cut: lines.filter(l => !inside(l) && !outside(l)).length,
            });
        }
        """;

    // Every element of the banner (itself included) that scrolls: overflow auto/scroll and more content than room.
    private const string ScrollersScript = """
        () => JSON.stringify([...document.querySelectorAll('#consent-banner, #consent-banner *')]
            .filter(e => {
                const s = getComputedStyle(e);
                const y = /(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
                const x = /(auto|scroll)/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
                return x || y;
            })
            .map(e => e.id || e.className || e.tagName.toLowerCase()))
        """;

    // A box and the computed look of an element, for size, position and "same style" comparisons.
    private const string BoxScript = """
        el => {
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            return JSON.stringify({
                top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height,
                background: s.backgroundColor, color: s.color, borderColor: s.borderTopColor,
                font: `${s.fontFamily} ${s.fontSize} ${s.fontWeight}`,
                viewportWidth: innerWidth, viewportHeight: innerHeight,
            });
        }
        """;

    // The switch's thumb is its ::before: its used offset from the track's left edge, and the colours drawn.
    private const string SwitchScript = """
        async el => {
            await Promise.all(el.getAnimations({ subtree: true }).map(a => a.finished));
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            const t = getComputedStyle(el, '::before');
            return JSON.stringify({
                width: r.width, height: r.height,
                thumbLeft: parseFloat(t.left), thumbWidth: parseFloat(t.width), thumbHeight: parseFloat(t.height),
                thumbColor: t.backgroundColor, trackColor: s.backgroundColor, borderColor: s.borderTopColor,
                borderWidth: parseFloat(s.borderTopWidth),
                transition: `${s.transitionDuration}/${t.transitionDuration}`,
                checked: el.checked, disabled: el.disabled, role: el.getAttribute('role'),
            });
        }
        """;

    public static async Task<TextLines> LinesAsync(IPage page, string selector) =>
        Read<TextLines>(await page.EvaluateAsync<string?>(LinesScript, selector) ?? throw new InvalidOperationException($"{selector} is not on the page."));

    public static async Task<IReadOnlyList<string>> ScrollContainersAsync(IPage page) =>
        Read<string[]>(await page.EvaluateAsync<string>(ScrollersScript));

    public static async Task<Box> BoxAsync(ILocator element) => Read<Box>(await element.EvaluateAsync<string>(BoxScript));

    public static async Task<IReadOnlyList<Box>> BoxesAsync(ILocator elements)
    {
        var boxes = new List<Box>();
        foreach (var element in await elements.AllAsync())
        {
            boxes.Add(await BoxAsync(element));
        }

        return boxes;
    }

    public static async Task<SwitchShape> SwitchAsync(ILocator input) => Read<SwitchShape>(await input.EvaluateAsync<string>(SwitchScript));

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;

    internal sealed record TextLines(int Total, int Visible, int Cut);

    internal sealed record Box(
        double Top, double Bottom, double Left, double Right, double Width, double Height,
        string Background, string Color, string BorderColor, string Font, double ViewportWidth, double ViewportHeight)
    {
        public bool InViewport => Top >= -0.5 && Left >= -0.5 && Bottom <= ViewportHeight + 0.5 && Right <= ViewportWidth + 0.5;
    }

    internal sealed record SwitchShape(
        double Width, double Height, double ThumbLeft, double ThumbWidth, double ThumbHeight,
        string ThumbColor, string TrackColor, string BorderColor, double BorderWidth, string Transition,
        bool Checked, bool Disabled, string? Role)
    {
        /// <summary>Where the thumb's centre sits across the track: 0 at its left edge, 1 at its right.</summary>
        public double ThumbPosition => (ThumbLeft + (ThumbWidth / 2)) / (Width - (2 * BorderWidth));
    }
}
