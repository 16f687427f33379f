using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// The visitor's display preferences: a dark banner for <c>prefers-color-scheme: dark</c>, controls that stay visible
/// in forced colours (Windows high contrast), and no transition for <c>prefers-reduced-motion</c>.
/// </summary>
[Collection(BrowserScenarios.Name)]
public sealed class ThemeTests(BrowserFixture fixture)
{
    [Theory]
    [Trait("Rule", "A5")]
    [InlineData("light", "")]
    [InlineData("dark", "")]
    [InlineData("light", "&consent=settings")]
    [InlineData("dark", "&consent=settings")]
    public async Task DefaultColours_FollowTheVisitorsScheme_AndPassContrast(string scheme, string query)
    {
        await using var visit = await Visit.StartAsync(fixture, "/?culture=ar" + query, BannerView.Options(1280, 800, scheme));
        var (_, _, banner) = visit;

        var bar = await BannerProbe.BoxAsync(banner.Root);
        var luminance = ColorContrast.Luminance(bar.Background);
        Assert.True(scheme == "dark" ? luminance < 0.05 : luminance > 0.9, $"{scheme}: the banner is {bar.Background}");
        Assert.True(ColorContrast.Ratio(bar.Color, bar.Background) >= 4.5, $"text {bar.Color} on {bar.Background}");
        var link = await BannerProbe.BoxAsync(banner.Root.Locator("a[href='/privacy']").First);
        Assert.True(ColorContrast.Ratio(link.Color, bar.Background) >= 4.5, $"link {link.Color} on {bar.Background}");
        foreach (var button in await BannerProbe.BoxesAsync(banner.Root.Locator("button")))
        {
            Assert.True(ColorContrast.Ratio(button.Color, button.Background) >= 4.5, $"button {button.Color} on {button.Background}");
        }
    }

    [Fact]
    public async Task ForcedColours_KeepEverySwitchsTrackThumbAndStateVisible()
    {
        var options = BannerView.Options(1280, 800, "light");
        options.ForcedColors = ForcedColors.Active;
        await using var visit = await Visit.StartAsync(fixture, "/?consent=settings", options);
        var (_, _, banner) = visit;

        var off = await BannerProbe.SwitchAsync(banner.Switch("analytics"));
        await banner.Switch("analytics").CheckAsync();
        var on = await BannerProbe.SwitchAsync(banner.Switch("analytics"));
        var background = (await BannerProbe.BoxAsync(banner.Root)).Background;

        foreach (var shape in new[] { off, on })
        {
            Assert.True(shape.BorderWidth >= 1);
            Assert.True(ColorContrast.Ratio(shape.BorderColor, background) >= 3, $"border {shape.BorderColor} on {background}");
            Assert.True(ColorContrast.Ratio(shape.ThumbColor, shape.TrackColor) >= 3, $"thumb {shape.ThumbColor} on {shape.TrackColor}");
        }

        Assert.NotEqual(off.TrackColor, on.TrackColor);
        foreach (var button in await BannerProbe.BoxesAsync(banner.Root.Locator("button")))
        {
            Assert.True(ColorContrast.Ratio(button.Color, button.Background) >= 4.5, $"button {button.Color} on {button.Background}");
            Assert.True(ColorContrast.Ratio(button.BorderColor, background) >= 3, $"button border {button.BorderColor}");
        }
    }

    [Theory]
    [InlineData(true, "0s/0s")]
    [InlineData(false, "0.15s/0.15s")]
    public async Task ReducedMotion_TurnsTheSwitchTransitionOff(bool reduce, string expected)
    {
        var options = BannerView.Options(1280, 800, "light");
        options.ReducedMotion = reduce ? ReducedMotion.Reduce : ReducedMotion.NoPreference;
        await using var visit = await Visit.StartAsync(fixture, "/?consent=settings", options);

        var shape = await BannerProbe.SwitchAsync(visit.Banner.Switch("functional"));

        Assert.Equal(expected, shape.Transition);
    }
}
