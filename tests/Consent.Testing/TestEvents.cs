using System.Globalization;
using Consent.Abstractions;
using Consent.Auditing;

namespace Consent.Testing;

/// <summary>Builds realistic consent events for tests.</summary>
public static class TestEvents
{
    public static ConsentEvent Create(int index, string? path = null) => new()
    {
        ConsentId = ConsentId.FromBytes(Guid.CreateVersion7().ToByteArray()),
        OccurredAt = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).AddSeconds(index),
        Type = (ConsentEventType)(index % 6),
        Categories =
        [
            new ConsentCategoryState("necessary", true),
            new ConsentCategoryState("analytics", index % 2 == 0),
            new ConsentCategoryState("marketing", false),
        ],
        PolicyRevision = "1a2b3c4d",
        Language = index % 3 == 0 ? "ar" : "en",
        BannerTextHash = new string('a', 64),
        Control = "banner:accept-all",
        Host = "example.test",
        Path = path ?? "/news/" + index.ToString(CultureInfo.InvariantCulture),
        GlobalPrivacyControl = index % 5 == 0,
    };

    public static List<ConsentAuditRecord> Records(int count, int start = 1) =>
        [.. Enumerable.Range(start, count).Select(i => Create(i)).Select(e => new ConsentAuditRecord(e, ConsentEventEncoding.Encode(e)))];
}
