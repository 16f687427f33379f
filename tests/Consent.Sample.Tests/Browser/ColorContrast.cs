using System.Globalization;
using System.Text.RegularExpressions;

namespace Consent.Sample.Tests.Browser;

/// <summary>WCAG 2.2 contrast ratios between colours as Chromium computes them (<c>rgb(r, g, b)</c>).</summary>
internal static partial class ColorContrast
{
    public static double Ratio(string foreground, string background)
    {
        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    public static double Luminance(string color)
    {
        var match = Rgb().Match(color);
        Assert.True(match.Success, $"not an opaque rgb() colour: {color}");
        double Channel(int group)
        {
            var c = double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(2)) + (0.0722 * Channel(3));
    }

    [GeneratedRegex(@"^rgb\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)\)$")]
    private static partial Regex Rgb();
}
