using System.Text;
using Consent.Auditing;

namespace Consent.Auditing.Tests.Events;

public sealed class AuditTextTests
{
    [Theory]
    [Trait("Rule", "L4")]
    [InlineData("Mozilla/5.0\r\nINFO forged line", "Mozilla/5.0INFO forged line")]
    [InlineData("a\u2028b\u202Ec\u0000d", "abcd")]
    [InlineData("عربي", "عربي")]
    [InlineData("host‎.example‏/؜path", "host.example/path")]
    [InlineData("‫عربي‬ ⁧x⁩", "عربي x")]
    public void Clean_RemovesCharactersThatCouldForgeLines(string input, string expected) =>
        Assert.Equal(expected, AuditText.Clean(input, 100));

    [Fact]
    public void Clean_TruncatesToTheLimit() => Assert.Equal("abc", AuditText.Clean("abcdef", 3));

    // The edges of each range, and their neighbours, which stay.
    [Theory]
    [Trait("Rule", "L4")]
    [InlineData(0x0000, true)]
    [InlineData(0x000A, true)]
    [InlineData(0x001F, true)]
    [InlineData(0x007F, true)]
    [InlineData(0x0085, true)]
    [InlineData(0x009F, true)]
    [InlineData(0x2028, true)]
    [InlineData(0x2029, true)]
    [InlineData(0x202A, true)]
    [InlineData(0x202E, true)]
    [InlineData(0x2066, true)]
    [InlineData(0x2069, true)]
    [InlineData(0x200E, true)]
    [InlineData(0x200F, true)]
    [InlineData(0x061C, true)]
    [InlineData(0x0020, false)]
    [InlineData(0x200D, false)]
    [InlineData(0x2010, false)]
    [InlineData(0x061B, false)]
    [InlineData(0x061D, false)]
    [InlineData(0x00A0, false)]
    [InlineData(0x0639, false)]
    [InlineData(0x2027, false)]
    [InlineData(0x202F, false)]
    [InlineData(0x2065, false)]
    [InlineData(0x206A, false)]
    [InlineData(0x1F36A, false)]
    public void IsUnsafe_ControlSeparatorAndBidiCharacters(int codePoint, bool unsafeCharacter)
    {
        var rune = new Rune(codePoint);

        Assert.Equal(unsafeCharacter, AuditText.IsUnsafe(rune));
        if (rune.IsBmp)
        {
            Assert.Equal(unsafeCharacter, AuditText.IsUnsafe((char)codePoint));
        }
    }

    [Fact]
    public void IsUnsafe_LoneSurrogate_IsNot() => Assert.False(AuditText.IsUnsafe('\uD83C'));
}
