using Consent.Abstractions;
using Consent.Auditing;

namespace Consent.Auditing.Tests.Docs;

/// <summary>
/// The test vectors published in docs/audit-log-format.md are what the library produces, so an auditor's own script
/// can be checked against them.
/// </summary>
public sealed class AuditLogFormatDocumentTests
{
    private static readonly Dictionary<string, string> Vectors = ReadVectors();

    [Fact]
    [Trait("Rule", "L2")]
    public void Encode_DocumentedEvents_GiveDocumentedBytes()
    {
        Assert.Equal(Vectors["event-1-bytes"], Convert.ToHexStringLower(ConsentEventEncoding.Encode(First)));
        Assert.Equal(Vectors["event-2-bytes"], Convert.ToHexStringLower(ConsentEventEncoding.Encode(Second)));
        Assert.Equal(Vectors["event-3-bytes"], Convert.ToHexStringLower(ConsentEventEncoding.Encode(Third)));
    }

    // The consent-event/2 vector was computed from the layout the document describes, not by the library.
    [Fact]
    [Trait("Rule", "L1")]
    [Trait("Rule", "L2")]
    public void KeyedEvent_DocumentedVector_DecodesAndChainsAfterEventTwo()
    {
        var bytes = Convert.FromHexString(Vectors["event-3-bytes"]);

        Assert.Equal(Third with { Categories = [] }, ConsentEventEncoding.Decode(bytes) with { Categories = [] });
        Assert.Equal(Vectors["h-3"], Convert.ToHexStringLower(AuditChain.Next(Convert.FromHexString(Vectors["h-2"]), bytes)));
    }

    [Fact]
    [Trait("Rule", "L1")]
    [Trait("Rule", "L2")]
    public void Next_DocumentedEvents_GiveDocumentedChainAndCheckpoint()
    {
        var h1 = AuditChain.Next(AuditChain.GenesisHash, ConsentEventEncoding.Encode(First));
        var h2 = AuditChain.Next(h1, ConsentEventEncoding.Encode(Second));

        Assert.Equal(Vectors["h-1"], Convert.ToHexStringLower(h1));
        Assert.Equal(Vectors["h-2"], Convert.ToHexStringLower(h2));
        var verifier = new AuditChainVerifier(AuditCheckpoint.Parse(Vectors["checkpoint"]));
        verifier.Add(1, Convert.FromHexString(Vectors["event-1-bytes"]), h1);
        verifier.Add(2, Convert.FromHexString(Vectors["event-2-bytes"]), h2);
        Assert.True(verifier.Complete().IsValid);
    }

    [Fact]
    [Trait("Rule", "L2")]
    public void Decode_DocumentedBytes_GiveDocumentedEvents()
    {
        var second = ConsentEventEncoding.Decode(Convert.FromHexString(Vectors["event-2-bytes"]));

        Assert.Equal(Second with { Categories = [] }, second with { Categories = [] });
        Assert.Equal(Second.Categories, second.Categories);
    }

    // The signed checkpoint of section 4a: the library signs exactly the documented bytes, derives the documented key
    // id, and accepts the documented signature (made with openssl) and nothing altered.
    [Fact]
    [Trait("Rule", "L3")]
    public void SignedCheckpoint_DocumentedVector_VerifiesWithDocumentedKey()
    {
        using var key = AuditVerificationKey.FromPem(Consent.Testing.AuditLogFormatDocument.PublicKeyPem);
        var signature = new AuditSignature(2, Vectors["h-2"], "2026-11-26T12:00:06.0000000Z", Vectors["key-id"], Convert.FromHexString(Vectors["signature"]));

        Assert.Equal(Vectors["key-id"], key.KeyId);
        Assert.Equal(Vectors["signature-bytes"], Convert.ToHexStringLower(signature.Message()));
        Assert.True(key.Verify(signature));
        Assert.False(key.Verify(signature with { Count = 3 }));
        Assert.False(key.Verify(signature with { SignedAt = "2026-11-26T12:00:07.0000000Z" }));
    }

    private static ConsentEvent First => new()
    {
        ConsentId = Id("0123456789abcdef0123456789abcdef"),
        OccurredAt = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero),
        Type = ConsentEventType.Grant,
        Categories = [new("necessary", true), new("analytics", true), new("marketing", true)],
        PolicyRevision = "1a2b3c4d",
        Language = "ar",
        BannerTextHash = ConsentTextHash.Compute("أوافق"),
        Control = "banner:accept-all",
        Host = "news.example",
        Path = "/",
        GlobalPrivacyControl = false,
    };

    private static ConsentEvent Third => First with { SubmissionKey = "00112233445566778899aabbccddeeff" };

    private static ConsentEvent Second => new()
    {
        ConsentId = Id("fedcba9876543210fedcba9876543210"),
        OccurredAt = new DateTimeOffset(2026, 11, 26, 12, 0, 5, TimeSpan.Zero).AddTicks(1_234_567),
        Type = ConsentEventType.GpcOptOut,
        Categories = [new("necessary", true), new("analytics", true), new("marketing", false)],
        PolicyRevision = "1a2b3c4d",
        Language = "en-GB",
        Control = "settings:save",
        Host = "news.example",
        Path = "/أخبار/=cmd|' /C calc'!A0",
        GlobalPrivacyControl = true,
        ClientAddress = "203.0.113.0",
        UserAgent = string.Empty,
    };

    private static ConsentId Id(string hex) => ConsentId.TryParse(hex, out var id) ? id : throw new FormatException(hex);

    private static Dictionary<string, string> ReadVectors()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "audit-log-format.md")))
        {
            directory = directory.Parent;
        }

        var document = Path.Combine(directory?.FullName ?? throw new FileNotFoundException("docs/audit-log-format.md not found above the test output."), "docs", "audit-log-format.md");
        var vectors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(document))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && line[..colon] is "event-1-bytes" or "event-2-bytes" or "event-3-bytes" or "h-1" or "h-2" or "h-3" or "checkpoint" or "key-id" or "signature-bytes" or "signature")
            {
                vectors[line[..colon]] = line[(colon + 2)..].Trim();
            }
        }

        return vectors;
    }
}
