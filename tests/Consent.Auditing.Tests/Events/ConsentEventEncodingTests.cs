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
}
