using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// The category switches look like switches: a track wider than tall with a thumb that moves toward the end of the
/// line when on (left in Arabic, right in English), a state shown by position and not colour alone, and a focus
/// ring that stands out; the necessary category is on and locked.
/// </summary>
[Collection(BrowserScenarios.Name)]
public sealed class SwitchTests(BrowserFixture fixture)
{
    [Theory]
    [Trait("Rule", "A5")]
    [Trait("Rule", "A6")]
    [Trait("Rule", "A7")]
    [InlineData("ar", "rtl", "light")]
    [InlineData("ar", "rtl", "dark")]
    [InlineData("en", "ltr", "light")]
    [InlineData("en", "ltr", "dark")]
    public async Task Switch_IsATrackWithAThumb_ThatMovesToTheLinesEndWhenOn(string culture, string direction, string scheme)
    {
        await using var visit = await Visit.StartAsync(fixture, $"/?culture={culture}&consent=settings", BannerView.Options(320, 640, scheme));
        var (_, page, banner) = visit;
        var background = (await BannerProbe.BoxAsync(banner.Root)).Background;

        // The end of the line is on the left in Arabic: "on" moves the thumb's centre past the middle that way.
        bool AtEnd(BannerProbe.SwitchShape s) => direction == "rtl" ? s.ThumbPosition < 0.5 : s.ThumbPosition > 0.5;

        var necessary = await BannerProbe.SwitchAsync(banner.Switch("necessary"));
        Assert.True(necessary is { Checked: true, Disabled: true, Role: "switch" });
        Assert.True(AtEnd(necessary), $"the locked necessary switch shows on (thumb at {necessary.ThumbPosition:F2})");

        var off = await BannerProbe.SwitchAsync(banner.Switch("functional"));
        Assert.True(off is { Checked: false, Role: "switch" });
        Assert.True(off.Width > off.Height * 1.4, $"a track {off.Width}×{off.Height}");
        Assert.True(off.Height >= 24 && off.Width >= 24);
        Assert.True(off.ThumbWidth > 0 && off.ThumbHeight < off.Height);
        Assert.False(AtEnd(off), $"off, the thumb sits at the start (at {off.ThumbPosition:F2})");
        Assert.True(ColorContrast.Ratio(off.BorderColor, background) >= 3, "the track's border against the banner");
        Assert.True(ColorContrast.Ratio(off.ThumbColor, off.TrackColor) >= 3, "the thumb against its track, off");

        await banner.SettingsLayer.Locator("label[for=consent-category-functional]").ClickAsync();
        var on = await BannerProbe.SwitchAsync(banner.Switch("functional"));
        Assert.True(on.Checked);
        Assert.True(AtEnd(on), $"on, the thumb sits at the end (at {on.ThumbPosition:F2})");
        Assert.True(ColorContrast.Ratio(on.ThumbColor, on.TrackColor) >= 3, "the thumb against its track, on");

        // Keyboard focus (Tab, so :focus-visible applies) draws a ring of at least 3:1 against the banner.
        await banner.SettingsLayer.Locator(".consent-category summary").First.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var ring = await banner.Switch("functional").EvaluateAsync<string>(
            "el => el === document.activeElement ? `${getComputedStyle(el).outlineStyle}|${getComputedStyle(el).outlineWidth}|${getComputedStyle(el).outlineColor}` : 'not focused'");
        var parts = ring.Split('|');
        Assert.True(parts.Length == 3 && parts[0] != "none", ring);
        Assert.True(double.Parse(parts[1].TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) >= 2, ring);
        Assert.True(ColorContrast.Ratio(parts[2], background) >= 3, ring);
    }
}
