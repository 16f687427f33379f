using Consent.Abstractions;

namespace Consent.Abstractions.Tests.Decisions;

public sealed class ConsentIdTests
{
    [Fact]
    public void New_IsThirtyTwoLowercaseHexDigits_AndDifferentEachTime()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => ConsentId.New().ToString()).ToList();

        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TryParse_ItsOwnText_GivesTheSameId()
    {
        var id = ConsentId.New();

        Assert.True(ConsentId.TryParse(id.ToString(), out var parsed));
        Assert.Equal(id, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    [InlineData("0x23456789abcdef0123456789abcdef")]
    [InlineData(" 123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef-123456789abcdef")]
    public void TryParse_AnythingButThirtyTwoHexDigits_Fails(string text)
    {
        Assert.False(ConsentId.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Bytes_AreBigEndian_SoTheTextReadsInByteOrder()
    {
        var bytes = Enumerable.Range(1, ConsentId.ByteCount).Select(i => (byte)i).ToArray();

        var id = ConsentId.FromBytes(bytes);
        var written = new byte[ConsentId.ByteCount];
        id.WriteBytes(written);

        Assert.Equal("0102030405060708090a0b0c0d0e0f10", id.ToString());
        Assert.Equal(bytes, written);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(17)]
    public void FromBytes_OtherThanSixteenBytes_Throws(int count)
    {
        Assert.Throws<ArgumentException>(() => ConsentId.FromBytes(new byte[count]));
    }
}
