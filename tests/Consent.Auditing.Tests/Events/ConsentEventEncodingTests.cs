using Consent.Abstractions;
using Consent.Auditing;
using Consent.Testing;

namespace Consent.Auditing.Tests.Events;

public sealed class ConsentEventEncodingTests
{
    [Fact]
    public void Decode_EncodedEvent_RoundTrips()
    {
        var original = TestEvents.Create(7) with { ClientAddress = "203.0.113.0", UserAgent = "Mozilla/5.0" };

        var decoded = ConsentEventEncoding.Decode(ConsentEventEncoding.Encode(original));

        Assert.Equal(original with { Categories = [] }, decoded with { Categories = [] });
        Assert.Equal(original.Categories, decoded.Categories);
    }

    [Fact]
    public void Encode_AbsentAndEmptyValues_DifferInBytes()
    {
        var absent = TestEvents.Create(1) with { BannerTextHash = null };
        var empty = TestEvents.Create(1) with { BannerTextHash = string.Empty, ConsentId = absent.ConsentId };

        Assert.NotEqual(ConsentEventEncoding.Encode(absent), ConsentEventEncoding.Encode(empty));
        Assert.Null(ConsentEventEncoding.Decode(ConsentEventEncoding.Encode(absent)).BannerTextHash);
    }

    [Fact]
    [Trait("Rule", "L4")]
    public void Encode_ValueThatLooksLikeFields_CannotForgeAnotherEvent()
    {
        // A path crafted to contain what other fields look like stays one field: lengths, not delimiters, separate them.
        var honest = TestEvents.Create(1);
        var crafted = honest with { Path = "/a\n=cmd|' /C calc'!A0\u0000\u0000\u0000\u0001x", Host = "example.test" };

        var decoded = ConsentEventEncoding.Decode(ConsentEventEncoding.Encode(crafted));

        Assert.Equal(crafted.Path, decoded.Path);
        Assert.Equal(crafted.Host, decoded.Host);
        Assert.NotEqual(ConsentEventEncoding.Encode(honest), ConsentEventEncoding.Encode(crafted));
    }

    [Fact]
    public void Decode_TrailingOrTruncatedBytes_Throws()
    {
        var bytes = ConsentEventEncoding.Encode(TestEvents.Create(2));

        Assert.Throws<FormatException>(() => ConsentEventEncoding.Decode([.. bytes, 0]));
        Assert.Throws<FormatException>(() => ConsentEventEncoding.Decode(bytes.AsSpan(0, bytes.Length - 1)));
    }

    // Issue 14: a keyed event is consent-event/2, the v1 fields then the key; a keyless one keeps v1, byte for byte.
    [Fact]
    [Trait("Rule", "L1")]
    public void Encode_SubmissionKey_IsVersionTwoWithTheKeyAppendedToTheVersionOneFields()
    {
        var keyless = TestEvents.Create(3);
        var keyed = keyless with { SubmissionKey = "0123456789abcdef0123456789abcdef" };

        var v1 = ConsentEventEncoding.Encode(keyless);
        var v2 = ConsentEventEncoding.Encode(keyed);

        Assert.Equal(ConsentEventEncoding.FormatTag, Tag(v1));
        Assert.Equal(ConsentEventEncoding.FormatTagWithSubmissionKey, Tag(v2));
        var tagLength = 4 + ConsentEventEncoding.FormatTag.Length;
        Assert.Equal(v1.AsSpan(tagLength).ToArray(), v2.AsSpan(tagLength, v1.Length - tagLength).ToArray());
        Assert.Equal([0, 0, 0, 32, .. "0123456789abcdef0123456789abcdef"u8.ToArray()], v2.AsSpan(v1.Length).ToArray());
        Assert.Equal(keyed.SubmissionKey, ConsentEventEncoding.Decode(v2).SubmissionKey);
        Assert.Null(ConsentEventEncoding.Decode(v1).SubmissionKey);
    }

    [Theory]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef")]
    [InlineData("")]
    public void Decode_VersionTwoWithMalformedKey_Throws(string key)
    {
        var bytes = ConsentEventEncoding.Encode(TestEvents.Create(4) with { SubmissionKey = key });

        Assert.Throws<FormatException>(() => ConsentEventEncoding.Decode(bytes));
    }

    [Fact]
    public void Decode_VersionTwoWithoutTheKeyOrVersionOneWithOne_Throws()
    {
        var v1 = ConsentEventEncoding.Encode(TestEvents.Create(5));
        var v2 = ConsentEventEncoding.Encode(TestEvents.Create(5) with { SubmissionKey = new string('a', 32) });
        var v2Tagged = "consent-event/2"u8;
        byte[] v2WithoutKey = [.. v1];
        v2Tagged.CopyTo(v2WithoutKey.AsSpan(4));
        byte[] v1WithKey = [.. v2];
        "consent-event/1"u8.CopyTo(v1WithKey.AsSpan(4));

        Assert.Throws<FormatException>(() => ConsentEventEncoding.Decode(v2WithoutKey));
        Assert.Throws<FormatException>(() => ConsentEventEncoding.Decode(v1WithKey));
    }

    private static string Tag(byte[] bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes, 4, (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes));
}
