using Consent.Auditing;

namespace Consent.Auditing.Tests.Events;

public sealed class AuditTextTests
{
    [Theory]
    [Trait("Rule", "L4")]
    [InlineData("Mozilla/5.0\r\nINFO forged line", "Mozilla/5.0INFO forged line")]
    [InlineData("a\u2028b\u202Ec\u0000d", "abcd")]
    [InlineData("عربي", "عربي")]
    public void Clean_RemovesCharactersThatCouldForgeLines(string input, string expected) =>
        Assert.Equal(expected, AuditText.Clean(input, 100));

    [Fact]
    public void Clean_TruncatesToTheLimit() => Assert.Equal("abc", AuditText.Clean("abcdef", 3));
}
