using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>The screens the banner is checked on: a 320×640 phone and a 1280×800 desktop, in light and dark.</summary>
internal static class BannerView
{
    public static TheoryData<string, int, int, string> PhoneAndDesktop()
    {
        var views = new TheoryData<string, int, int, string>();
        foreach (var culture in new[] { "ar", "en" })
        {
            foreach (var (width, height) in new[] { (320, 640), (1280, 800) })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    views.Add(culture, width, height, scheme);
                }
            }
        }

        return views;
    }

    public static bool IsPhone(int width) => width <= 640;

    public static BrowserNewContextOptions Options(int width, int height, string scheme) => new()
    {
        ViewportSize = new ViewportSize { Width = width, Height = height },
        ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
    };

    /// <summary>
    /// C2 and A8 as drawn: three buttons, each wholly on screen and at least 44 px tall, on one row, of one size and one
    /// look (background, text, border, font).
    /// </summary>
    public static async Task AssertOneRowOfThreeEqualButtonsAsync(ILocator buttons)
    {
        var boxes = await BannerProbe.BoxesAsync(buttons);
        Assert.Equal(3, boxes.Count);
        var first = boxes[0];
        foreach (var button in boxes)
        {
            Assert.True(button.InViewport, $"a button at {button.Top}..{button.Bottom} of {button.ViewportHeight}");
            Assert.True(button.Height >= 44, $"a button {button.Height} px tall");
            Assert.Equal(first.Top, button.Top, 1);
            Assert.Equal(first.Width, button.Width, 1);
            Assert.Equal(first.Height, button.Height, 1);
            Assert.Equal((first.Background, first.Color, first.BorderColor, first.Font), (button.Background, button.Color, button.BorderColor, button.Font));
        }
    }

    /// <summary>Saves what the visitor sees (the viewport, not the full page) under the test output's screenshots.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath(name) });
}
