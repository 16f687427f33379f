using System.Buffers.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Consent.AspNetCore.Tests.Cookies;

public sealed class ConsentCookieProtectorTests
{
    private static readonly ConsentCookieProtector Protector = new(new EphemeralDataProtectionProvider());

    [Fact]
    public void Unprotect_OfProtect_ReturnsThePayload()
    {
        byte[] payload = [1, 2, 3, 4, 5];

        Assert.Equal(payload, Protector.Unprotect(Protector.Protect(payload)));
    }

    [Fact]
    public void Protect_WritesBase64UrlOnly() =>
        Assert.Matches("^[A-Za-z0-9_-]+$", Protector.Protect(new byte[34]));

    [Fact]
    public void Unprotect_OfAValueFromAnotherKeyRing_IsNull() =>
        Assert.Null(Protector.Unprotect(new ConsentCookieProtector(new EphemeralDataProtectionProvider()).Protect([1, 2, 3])));

    [Fact]
    public void Unprotect_OfAValueWithAnotherPurpose_IsNull()
    {
        var keys = new EphemeralDataProtectionProvider();
        var other = Base64Url.EncodeToString(keys.CreateProtector("another purpose").Protect(new byte[34]));

        Assert.Null(new ConsentCookieProtector(keys).Unprotect(other));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAAA")]
    [InlineData("not base64url!")]
    public void Unprotect_OfGarbage_IsNull(string value) => Assert.Null(Protector.Unprotect(value));

    [Fact]
    public void Unprotect_OfAValueLongerThanAnIssuedOne_IsNullUnread() =>
        Assert.Null(Protector.Unprotect(new string('A', ConsentCookieProtector.MaximumEncodedLength + 1)));
}
