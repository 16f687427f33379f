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

    /// <summary>Saves what the visitor sees (the viewport, not the full page) under the test output's screenshots.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath(name) });
}
