using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Consent.Components.Tests.Sample;

/// <summary>
/// The banner's weight budget on the sample page: its HTML and CSS together stay under 3 KB gzipped, and consent
/// needs no script (docs/benchmarks.md has the measured figures and the script behind them).
/// </summary>
public sealed partial class BannerWeightTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const int BudgetBytes = 3 * 1024;

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Banner_HtmlAndCss_StayUnderThreeKilobytesGzipped(string culture)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var html = await client.GetStringAsync(new Uri($"/?culture={culture}", UriKind.Relative));
        var banner = BannerSection().Match(html).Value;
        Assert.NotEmpty(banner);
        var styles = StylesBundle().Match(html).Groups[1].Value;
        var bundlePath = ComponentsBundle().Match(await client.GetStringAsync(new Uri("/" + styles, UriKind.Relative))).Groups[1].Value;
        var bundle = await client.GetStringAsync(new Uri("/" + bundlePath, UriKind.Relative));
        var bannerCss = string.Concat(BannerRules().Matches(bundle).Select(m => m.Value));
        var pageCss = await client.GetStringAsync(new Uri("/_content/Consent.Components/consent-page.css", UriKind.Relative));
        Assert.NotEmpty(bannerCss);

        var gzipped = Gzip(banner + bannerCss + pageCss);

        Assert.True(gzipped <= BudgetBytes, $"the banner's HTML and CSS are {gzipped} bytes gzipped");
        Assert.DoesNotContain("<script", banner, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" on", Regex.Replace(banner, "\"[^\"]*\"", string.Empty), StringComparison.Ordinal);
    }

    private static int Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }

    [GeneratedRegex("<section id=\"consent-banner\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex BannerSection();

    [GeneratedRegex("(Consent\\.Sample\\.[a-z0-9]+\\.styles\\.css)")]
    private static partial Regex StylesBundle();

    [GeneratedRegex("@import '([^']*Consent\\.Components[^']*)'")]
    private static partial Regex ComponentsBundle();

    [GeneratedRegex(@"/\* [^*]*/Components/CookieConsentBanner/[^*]*\*/.*?(?=/\* [^*]*\.razor\.rz\.scp\.css \*/|\z)", RegexOptions.Singleline)]
    private static partial Regex BannerRules();
}
