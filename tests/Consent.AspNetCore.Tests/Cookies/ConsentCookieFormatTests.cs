using Consent.Abstractions;

namespace Consent.AspNetCore.Tests.Cookies;

public sealed class ConsentCookieFormatTests
{
    private static readonly ConsentCookiePayload Payload = new(
        ConsentId.FromBytes(Convert.FromHexString("0123456789abcdef0123456789abcdef")),
        0xA1B2C3D4,
        new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero),
        0b1011,
        GlobalPrivacyControl: true,
        ConsentMethod.Custom);

    [Fact]
    public void Write_LaysOutThe34BytesAsDocumented()
    {
        var bytes = ConsentCookieFormat.Write(Payload);

        Assert.Equal(ConsentCookieFormat.PayloadLength, bytes.Length);
        Assert.Equal(1, bytes[0]);
        Assert.Equal(Convert.FromHexString("0123456789abcdef0123456789abcdef"), bytes[1..17]);
        Assert.Equal(Convert.FromHexString("A1B2C3D4"), bytes[17..21]);
        Assert.Equal(BitConverter.GetBytes(Payload.DecidedAt.ToUnixTimeSeconds()).Reverse(), bytes[21..29]);
        Assert.Equal(new byte[] { 0, 0, 0, 0b1011 }, bytes[29..33]);
        Assert.Equal((byte)(1 | ((int)ConsentMethod.Custom << 1)), bytes[33]);
    }

    [Fact]
    public void TryRead_OfWrite_ReturnsTheSamePayload()
    {
        Assert.True(ConsentCookieFormat.TryRead(ConsentCookieFormat.Write(Payload), out var read));
        Assert.Equal(Payload, read);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(33, 0b1000)]
    [InlineData(33, 0b110)]
    [InlineData(21, 0x80)]
    public void TryRead_OfAnUnknownVersionFlagMethodOrTime_Fails(int index, byte value)
    {
        var bytes = ConsentCookieFormat.Write(Payload);
        bytes[index] = value;

        Assert.False(ConsentCookieFormat.TryRead(bytes, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    [InlineData(35)]
    public void TryRead_OfAnotherLength_Fails(int length) =>
        Assert.False(ConsentCookieFormat.TryRead(new byte[length], out _));

    [Fact]
    public void MaximumCategories_IsTheWidthOfTheMask() =>
        Assert.Equal(sizeof(uint) * 8, ConsentCookieFormat.MaximumCategories);
}
