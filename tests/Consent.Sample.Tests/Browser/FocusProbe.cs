using System.Text.Json;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// Moves focus with Tab as a keyboard user does and checks every element it lands on: the focus indicator is drawn
/// and the element is not hidden under the fixed banner nor clipped by it.
/// </summary>
internal static class FocusProbe
{
    private const int MaxTabs = 80;

    // Describes document.activeElement. The centre test catches an element covered by the banner (outside it) or
    // scrolled out of sight inside it; the overlap test catches a page element even partly under the banner.
    private const string DescribeFocus = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) return null;
            const r = el.getBoundingClientRect();
            const banner = document.getElementById('consent-banner');
            const b = banner ? banner.getBoundingClientRect() : null;
            const inBanner = !!banner && banner.contains(el);
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            const style = getComputedStyle(el);
            return {
                element: el.outerHTML.slice(0, 160),
                box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)} in ${innerWidth}x${innerHeight}`,
                inViewport: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
                overlapsBanner: !inBanner && !!b && r.bottom > b.top && r.top < b.bottom,
                centreVisible: !!hit && (hit === el || el.contains(hit)),
                outlineVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            };
        }
        """;

    /// <summary>Presses Tab until <paramref name="target"/> has focus, checking each element on the way.</summary>
    /// <returns>The start of the markup of each element that had focus, in order.</returns>
    public static async Task<IReadOnlyList<string>> TabToAsync(IPage page, ILocator target)
    {
        var visited = new List<string>();
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<JsonElement?>(DescribeFocus);
            if (focused is not { ValueKind: JsonValueKind.Object } element)
            {
                continue;
            }

            AssertVisible(element);
            visited.Add(element.GetProperty("element").GetString()!);
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return visited;
            }
        }

        Assert.Fail($"Tab never reached {target} in {MaxTabs} presses.");
        return visited;
    }

    private static void AssertVisible(JsonElement focused)
    {
        var name = focused.GetProperty("element").GetString();
        Assert.True(focused.GetProperty("outlineVisible").GetBoolean(), $"No focus outline on {name} (A4)");
        Assert.True(focused.GetProperty("inViewport").GetBoolean(), $"Focused but outside the viewport: {name} at {focused.GetProperty("box").GetString()} (A4)");
        Assert.False(focused.GetProperty("overlapsBanner").GetBoolean(), $"Focused but under the banner: {name} (A4)");
        Assert.True(focused.GetProperty("centreVisible").GetBoolean(), $"Focused but covered: {name} (A4)");
    }
}
