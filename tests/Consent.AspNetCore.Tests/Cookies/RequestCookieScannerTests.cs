using System.Buffers;
using Microsoft.Extensions.Primitives;

namespace Consent.AspNetCore.Tests.Cookies;

public sealed class RequestCookieScannerTests
{
    private static readonly StringValues Headers = new(["a=1;  _ga=\"GA1.2\"; x=3; =4; p; pref = dark", "ad_id=7;_gb=8"]);

    [Fact]
    public void MoveNext_ReadsEveryNamedPairOfEveryHeader()
    {
        Assert.Equal(["a=1", "_ga=GA1.2", "x=3", "pref=dark", "ad_id=7", "_gb=8"], Read(Headers, null));
    }

    [Fact]
    public void MoveNext_WithFirstCharacters_ReadsOnlyTheNamesThatStartWithThem_AsTheFullScanWould()
    {
        // The cleaner that expires withdrawn categories' cookies looks only at names that can be of an optional
        // category; the rest are skipped unparsed.
        var firstCharacters = SearchValues.Create("_p");

        Assert.Equal(["_ga=GA1.2", "pref=dark", "_gb=8"], Read(Headers, firstCharacters));
        Assert.Equal(Read(Headers, null).Where(p => "_p".Contains(p[0], StringComparison.Ordinal)), Read(Headers, firstCharacters));
    }

    [Fact]
    public void MoveNext_WithNoMatchingFirstCharacter_ReadsNothing()
    {
        Assert.Empty(Read(".Consent=abc; .AspNetCore.Antiforgery.x=token", SearchValues.Create("_pa")));
    }

    private static List<string> Read(StringValues headers, SearchValues<char>? firstCharacters)
    {
        var pairs = new List<string>();
        var scanner = new RequestCookieScanner(headers);
        while (scanner.MoveNext(firstCharacters))
        {
            pairs.Add($"{scanner.Name}={scanner.Value}");
        }

        return pairs;
    }
}
