namespace Consent.AspNetCore.Tests.Cookies;

public sealed class SetCookieHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("a=b", "a")]
    [InlineData(" _ga = GA1; Path=/", "_ga")]
    [InlineData("\t_ga=GA1", "_ga")]
    [InlineData("\u00A0_ga=GA1", "\u00A0_ga")]
    [InlineData("noequals", "")]
    [InlineData("flag; Path=/", "")]
    [InlineData("=value", "")]
    public void GetName_ReadsTheNameBeforeTheEqualsSignTrimmingOnlySpacesAndTabs(string header, string name) =>
        Assert.Equal(name, SetCookieHeader.GetName(header).ToString());

    [Theory]
    [Trait("Rule", "C1")]
    [InlineData("a=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/", true)]
    [InlineData("a=b; Max-Age=0", true)]
    [InlineData("a=b; max-age=-1", true)]
    [InlineData("a=b; Max-Age=-0", true)]
    [InlineData("a=b; Max-Age=60", false)]
    [InlineData("a=b; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT", false)]
    [InlineData("a=b; Expires=Fri, 01 Jan 2100 00:00:00 GMT", false)]
    [InlineData("a=b", false)]
    [InlineData("a=b; Max-Age=abc", false)]
    [InlineData("a=b; Expires=garbage", false)]
    [InlineData("trk=abc; Max-Age=0; Max-Age=31536000", false)] // the last Max-Age wins
    [InlineData("trk=abc; Max-Age=31536000; Max-Age=0", true)]
    [InlineData("trk=abc; Max-Age=0; Max-Age=1x", true)] // an invalid Max-Age is ignored, the earlier one stays
    [InlineData("trk=abc; Max-Age=0\u00A0", false)] // a no-break space is not white space: the attribute is invalid
    [InlineData("trk=abc; Max-Age=+0", false)]
    [InlineData("trk=abc; Max-Age= 0 ", true)]
    [InlineData("trk2=abc; Expires=1 Jan 50 00:00:00 GMT", false)] // two-digit years 00-69 are 20xx
    [InlineData("trk2=abc; Expires=1 Jan 70 00:00:00 GMT", true)] // and 70-99 are 19xx
    [InlineData("_ga=GA1.1.123; Expires=1 Jan 0069 00:00:00 GMT; Path=/x", false)]
    [InlineData("trk=abc; Expires=Thu, 26 Nov 2026 20:00:00 +14:00", false)] // browsers ignore the offset
    [InlineData("trk=abc; Expires=Thu, 26 Nov 2026 11:59:59 GMT; Expires=Fri, 01 Jan 2100 00:00:00 GMT", false)]
    [InlineData("trk=abc; Expires=Fri, 01 Jan 2100 00:00:00 GMT; Expires=Thu, 26 Nov 2026 11:59:59 GMT", true)]
    public void IsDeletion_ReadsTheLifetimeAsABrowserDoes(string header, bool expected) =>
        Assert.Equal(expected, SetCookieHeader.IsDeletion(header, Now));

    [Theory]
    [InlineData("Thu, 01 Jan 1970 00:00:00 GMT", "1970-01-01T00:00:00")]
    [InlineData("Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37")]
    [InlineData("Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37")]
    [InlineData("1 Jan 50 00:00:00 GMT", "2050-01-01T00:00:00")]
    [InlineData("1 Jan 0069 00:00:00 GMT", "2069-01-01T00:00:00")]
    [InlineData("Thu, 26 Nov 2026 20:00:00 +14:00", "2026-11-26T20:00:00")]
    [InlineData("00:00:00 2030 december 31", "2030-12-31T00:00:00")]
    public void CookieDate_ParsesAsRfc6265Section5_1_1(string value, string expected)
    {
        Assert.True(CookieDate.TryParse(value, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected + "Z", System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("31 Feb 2030 00:00:00")]
    [InlineData("1 Jan 1600 00:00:00")]
    [InlineData("1 Jan 2030 24:00:00")]
    [InlineData("1 Jan 2030")]
    [InlineData("1 \u017Fep 2030 00:00:00")] // Unicode case folding would read this as "sep"; no browser does
    public void CookieDate_RefusesWhatRfc6265Refuses(string value) =>
        Assert.False(CookieDate.TryParse(value, out _));
}
