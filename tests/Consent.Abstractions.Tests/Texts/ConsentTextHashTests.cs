using Consent.Abstractions;

namespace Consent.Abstractions.Tests.Texts;

public sealed class ConsentTextHashTests
{
    // Independent vectors: FIPS 180-2's "abc", the empty text, and «أوافق» (U+0623 U+0648 U+0627 U+0641 U+0642) as UTF-8.
    [Theory]
    [Trait("Rule", "R4")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("\u0623\u0648\u0627\u0641\u0642", "61a51b8759877d7edd4c6f93ccba542219a18b980ce6bfd76077248de9e18d95")]
    public void Compute_IsTheSha256OfTheUtf8Bytes_InLowercaseHex(string text, string expected)
    {
        Assert.Equal(expected, ConsentTextHash.Compute(text));
    }

    [Fact]
    public void Compute_TextsThatLookAlike_DifferInTheirHash()
    {
        // «أ» U+0623 and «ا» U+0627 with a combining hamza above U+0654 can render alike; the archive must tell them apart.
        Assert.NotEqual(ConsentTextHash.Compute("\u0623"), ConsentTextHash.Compute("\u0627\u0654"));
    }
}
