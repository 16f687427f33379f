using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Consent.Components.Tests.Styles;

/// <summary>Checks the shipped CSS as written: size, logical properties, contrast of the default theme, target sizes.</summary>
public sealed partial class ComponentStylesTests
{
    private static readonly string SourceFolder = FindSourceFolder();

    // The styles ship as written, comments included: keep them out of the CSS (the banner's reasons are in its .razor).
    [Fact]
    public void Css_AllComponentStyles_AreUnderTwoKilobytesGzipped()
    {
        var css = string.Concat(StyleFiles().Select(File.ReadAllText));
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(css));
        }

        // The scoped bundle adds an attribute such as [b-dhw5bksqz7] to every selector; leave room for it.
        var selectors = css.Count(c => c == '{');
        Assert.True(buffer.Length + (selectors * 2) < 2048, $"{buffer.Length} bytes gzipped for {selectors} rules");
    }

    [Fact]
    [Trait("Rule", "A3")]
    public void Css_NoPhysicalDirections_OnlyLogicalProperties()
    {
        foreach (var file in StyleFiles())
        {
            var css = File.ReadAllText(file);
            Assert.DoesNotMatch(PhysicalDirection(), css);
        }
    }

    [Theory]
    [Trait("Rule", "A5")]
    [InlineData(1, "light")]
    [InlineData(2, "dark")]
    public void Css_DefaultTheme_MeetsContrastRatios_InBothSchemes(int scheme, string name)
    {
        var css = File.ReadAllText(Path.Combine(SourceFolder, "Components", "CookieConsentBanner", "CookieConsentBanner.razor.css"));
        string Color(string property)
        {
            // The first default is the light scheme's, the second the one under prefers-color-scheme: dark.
            var defaults = Regex.Matches(css, $@"var\(--consent-{property}, (#[0-9a-fA-F]{{6}})\)");
            Assert.True(defaults.Count == 2, $"--consent-{property} has {defaults.Count} defaults, not a light and a dark one");
            return defaults[scheme - 1].Groups[1].Value;
        }

        // light-dark() would be shorter, but a browser from before 2024 drops the whole colour, not just the dark half.
        Assert.DoesNotContain("light-dark(", css, StringComparison.Ordinal);
        Assert.True(Contrast(Color("text"), Color("background")) >= 4.5, name);
        Assert.True(Contrast(Color("accent-text"), Color("accent")) >= 4.5, name);
        Assert.True(Contrast(Color("accent"), Color("background")) >= 4.5, $"{name}: links use the accent colour");
        Assert.True(Contrast(Color("focus"), Color("background")) >= 3, name);
        Assert.True(Contrast(Color("border"), Color("background")) >= 3, $"{name}: switch tracks and thumbs");
    }

    [Fact]
    public void Readme_ThemingTable_NamesEveryCustomPropertyTheCssReads_WithItsDefaultColours()
    {
        var css = string.Concat(StyleFiles().Select(File.ReadAllText));
        var readme = File.ReadAllText(Path.Combine(SourceFolder, "..", "..", "README.md"));
        var table = readme[readme.IndexOf("| property | default, light / dark |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];

        var read = CustomProperty().Matches(css).Select(m => m.Groups[1].Value).ToHashSet();
        var documented = TableProperty().Matches(table).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(read.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));

        var banner = File.ReadAllText(Path.Combine(SourceFolder, "Components", "CookieConsentBanner", "CookieConsentBanner.razor.css"));
        var colours = Regex.Matches(banner, @"var\((--consent-[a-z-]+), (#[0-9a-f]{6})\)").GroupBy(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, colours.Count);
        foreach (var colour in colours)
        {
            var (light, dark) = (colour.First().Groups[2].Value, colour.Last().Groups[2].Value);
            Assert.Contains($"| `{colour.Key}` | `{light}` / `{dark}` |", table, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Rule", "A6")]
    public void Css_ButtonsAndSwitches_AreAtLeast24PixelsTall()
    {
        var css = File.ReadAllText(Path.Combine(SourceFolder, "Components", "CookieConsentBanner", "CookieConsentBanner.razor.css"));

        Assert.True(Rem(Rule(css, ".consent-button {"), "min-block-size") >= 1.5);
        Assert.True(Rem(Rule(css, "input[role=switch] {"), "block-size") >= 1.5);
        Assert.True(Rem(Rule(css, "input[role=switch] {"), "inline-size") >= 1.5);
    }

    [Fact]
    [Trait("Rule", "A4")]
    public void Css_Banner_KeepsFocusAboveItself()
    {
        var page = File.ReadAllText(Path.Combine(SourceFolder, "wwwroot", "consent-page.css"));

        Assert.Contains(":root:has(#consent-banner)", page, StringComparison.Ordinal);
        Assert.Contains("scroll-padding-block-end", page, StringComparison.Ordinal);
    }

    private static IEnumerable<string> StyleFiles() =>
        Directory.EnumerateFiles(SourceFolder, "*.css", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Rule(string css, string selector)
    {
        var start = css.IndexOf(selector, StringComparison.Ordinal);
        Assert.True(start >= 0, selector);
        return css[start..css.IndexOf('}', start)];
    }

    private static double Rem(string rule, string property) =>
        double.Parse(Regex.Match(rule, $@"(?<![\w-]){property}:\s*([\d.]+)rem").Groups[1].Value, CultureInfo.InvariantCulture);

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    private static string FindSourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Consent.Components");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Consent.Components not found above the test assembly.");
    }

    [GeneratedRegex(@"var\((--consent-[a-z-]+)")]
    private static partial Regex CustomProperty();

    [GeneratedRegex(@"^\| `(--consent-[a-z-]+)`", RegexOptions.Multiline)]
    private static partial Regex TableProperty();

    [GeneratedRegex(@"(?<![\w-])(left|right)(?![\w-])|margin-left|margin-right|padding-left|padding-right|border-left|border-right", RegexOptions.IgnoreCase)]
    private static partial Regex PhysicalDirection();
}
