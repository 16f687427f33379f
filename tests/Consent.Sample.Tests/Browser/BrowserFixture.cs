using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// One Debian Chromium (driven by Playwright, never downloaded) and one sample server, shared by every browser
/// scenario (<see cref="BrowserScenarios"/>).
/// If the browser cannot start, the tests fail: they never skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public SampleServer Server { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CONSENT_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}. Run `bash .ci/test.sh`, which installs it (apt-get install chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Server = await SampleServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A fresh profile: an empty cookie jar, Arabic first, desktop width unless told otherwise.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL ??= Server.Address.ToString();
        options.Locale ??= "ar";
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 800 };
        return Browser.NewContextAsync(options);
    }

    /// <summary>Where screenshots go: under the test output.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
