using System.Buffers.Text;
using Consent.Abstractions;
using Consent.AspNetCore.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.AspNetCore.DataProtection;

namespace Consent.AspNetCore.Tests.Cookies;

public sealed class ConsentCookieCodecTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly IDataProtectionProvider Keys = new EphemeralDataProtectionProvider();
    private static readonly ConsentPolicy Policy = Policies.Create();
    private static readonly ManualTimeProvider Clock = new(Now);
    private static readonly ConsentCookieCodec Codec = new(Keys, Policy, Clock);

    private static ConsentDecision Decision(DateTimeOffset? at = null, params string[] granted) =>
        new(ConsentId.New(), granted, Policy.Revision, at ?? Now, globalPrivacyControl: false, ConsentMethod.Custom);

    [Fact]
    public void Decode_OfEncode_ReturnsTheSameDecision()
    {
        var decision = new ConsentDecision(ConsentId.New(), [ConsentCategory.Analytics, ConsentCategory.Marketing], Policy.Revision, Now, true, ConsentMethod.Custom);

        var status = Codec.Decode(Codec.Encode(decision), out var read);

        Assert.Equal(ConsentCookieStatus.Valid, status);
        Assert.NotNull(read);
        Assert.Equal(decision.ConsentId, read.ConsentId);
        Assert.Equal(decision.GrantedCategories.Order(), read.GrantedCategories.Order());
        Assert.Equal(Now, read.DecidedAt);
        Assert.True(read.GlobalPrivacyControl);
        Assert.Equal(ConsentMethod.Custom, read.Method);
    }

    [Fact]
    public void Encode_StaysUnder200Bytes()
    {
        var value = Codec.Encode(Decision(null, ConsentCategory.Analytics));

        Assert.True(value.Length + Policy.Options.ConsentCookie.Name.Length + 1 < 200, $"cookie is {value.Length} characters");
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Decode_OfADecisionOlderThanTheLifetime_IsExpired()
    {
        var value = Codec.Encode(Decision(Now - TimeSpan.FromDays(183), ConsentCategory.Analytics));

        Assert.Equal(ConsentCookieStatus.Expired, Codec.Decode(value, out _));
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Decode_OfADecisionJustInsideTheLifetime_IsValid()
    {
        var value = Codec.Encode(Decision(Now - TimeSpan.FromDays(181), ConsentCategory.Analytics));

        Assert.Equal(ConsentCookieStatus.Valid, Codec.Decode(value, out _));
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Decode_OfAnotherRevision_IsNoDecision()
    {
        var value = Codec.Encode(Decision(null, ConsentCategory.Analytics));
        var otherPolicy = Policies.Create(o => o.Cookies.Add(new DeclaredCookie { Name = "new_cookie", Category = ConsentCategory.Analytics, Purpose = "p", Provider = "p" }));
        var otherCodec = new ConsentCookieCodec(Keys, otherPolicy, Clock);

        var status = otherCodec.Decode(value, out var read);

        Assert.Equal(ConsentCookieStatus.OtherRevision, status);
        Assert.NotNull(read);
        Assert.Equal([ConsentCategory.Necessary], read.GrantedCategories);
    }

    [Fact]
    public void Decode_OfACookieFromAnotherKeyRing_IsInvalid()
    {
        var foreign = new ConsentCookieCodec(new EphemeralDataProtectionProvider(), Policy, Clock);
        var value = foreign.Encode(Decision(null, ConsentCategory.Analytics, ConsentCategory.Marketing));

        Assert.Equal(ConsentCookieStatus.Invalid, Codec.Decode(value, out var read));
        Assert.Null(read);
    }

    [Fact]
    public void Decode_OfADecisionFromTheFuture_IsInvalid()
    {
        var value = Codec.Encode(Decision(Now + TimeSpan.FromDays(1), ConsentCategory.Analytics));

        Assert.Equal(ConsentCookieStatus.Invalid, Codec.Decode(value, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("CfDJ8")]
    [InlineData("!!!!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Decode_OfGarbage_IsNoDecision(string value)
    {
        var status = Codec.Decode(value, out var read);

        Assert.NotEqual(ConsentCookieStatus.Valid, status);
        Assert.Null(read);
    }

    [Fact]
    public void Decode_OfAHugeValue_IsInvalidWithoutDecoding()
    {
        Assert.Equal(ConsentCookieStatus.Invalid, Codec.Decode(new string('A', 1_000_000), out _));
    }

    [Fact]
    public void Decode_OfEveryTruncation_IsNoDecision()
    {
        var value = Codec.Encode(Decision(null, ConsentCategory.Analytics));

        for (var length = 1; length < value.Length; length++)
        {
            Assert.Null(Decode(value[..length]));
        }
    }

    [Property(MaxTest = 3000)]
    public bool Decode_OfAnyString_NeverThrowsAndNeverGrants(string? value) => Decode(value ?? string.Empty) is null;

    [Property(MaxTest = 3000)]
    public bool Decode_OfAnyBase64UrlBytes_NeverThrowsAndNeverGrants(byte[] bytes) =>
        Decode(Base64Url.EncodeToString(bytes ?? [])) is null;

    [Property(MaxTest = 2000)]
    public Property Decode_OfAValidCookieWithOneCharacterChanged_NeverGrants()
    {
        var value = Codec.Encode(Decision(null, ConsentCategory.Analytics, ConsentCategory.Marketing));
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var edits = from position in Gen.Choose(0, value.Length - 1)
                    from replacement in Gen.Elements(alphabet.ToCharArray())
                    where value[position] != replacement
                    select (position, replacement);
        return Prop.ForAll(edits.ToArbitrary(), edit =>
        {
            var tampered = value[..edit.position] + edit.replacement + value[(edit.position + 1)..];
            return Decode(tampered) is null;
        });
    }

    private static ConsentDecision? Decode(string value) =>
        Codec.Decode(value, out var decision) == ConsentCookieStatus.Valid ? decision : null;
}
