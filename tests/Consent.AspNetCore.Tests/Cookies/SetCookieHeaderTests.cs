namespace Consent.AspNetCore.Tests.Cookies;

public sealed class SetCookieHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("a=b", "a")]
    [InlineData(" _ga = GA1; Path=/", "_ga")]
    [InlineData("noequals", "noequals")]
    [InlineData("flag; Path=/", "flag")]
    public void GetName_ReadsTheNameBeforeTheEqualsSign(string header, string name) =>
        Assert.Equal(name, SetCookieHeader.GetName(header).ToString());

    [Theory]
    [InlineData("a=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/", true)]
    [InlineData("a=b; Max-Age=0", true)]
    [InlineData("a=b; max-age=-1", true)]
    [InlineData("a=b; Max-Age=60", false)]
    [InlineData("a=b; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT", false)]
    [InlineData("a=b; Expires=Fri, 01 Jan 2100 00:00:00 GMT", false)]
    [InlineData("a=b", false)]
    [InlineData("a=b; Max-Age=abc", false)]
    [InlineData("a=b; Expires=garbage", false)]
    public void IsDeletion_RecognisesExpiredCookies(string header, bool expected) =>
        Assert.Equal(expected, SetCookieHeader.IsDeletion(header, Now));
}
