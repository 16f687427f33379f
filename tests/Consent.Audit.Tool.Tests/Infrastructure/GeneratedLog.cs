using System.Globalization;
using Consent.Abstractions;
using Consent.Auditing;

namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>A generated audit log: Arabic and English banner texts, every event type, and hostile values an auditor's spreadsheet must survive.</summary>
internal static class GeneratedLog
{
    public const string ArabicText = "بيان الخصوصية وسياسة ملفات تعريف الارتباط — نستخدم ملفات تعريف الارتباط للإحصاء والتسويق إذا وافقت. [أوافق] [أرفض] [الإعدادات]";

    public const string EnglishText = "Privacy and cookies — we use cookies for statistics and marketing if you agree. [I agree] [Reject] [Settings]";

    public const string HostileUserAgent = "=HYPERLINK(\"http://x\",\"click\")\r\nnext-row,\"quoted\"";

    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static readonly ConsentId Visitor = ConsentId.FromBytes(Convert.FromHexString("00112233445566778899aabbccddeeff"));

    /// <summary>Creates <paramref name="count"/> events over several days; the first four belong to <see cref="Visitor"/>.</summary>
    public static List<ConsentEvent> Events(int count) => [.. Enumerable.Range(0, count).Select(Create)];

    private static ConsentEvent Create(int i)
    {
        var type = (ConsentEventType)(i % 6);
        var arabic = i % 3 != 1;
        var analytics = type is ConsentEventType.Grant or ConsentEventType.PartialChoice or ConsentEventType.GpcOptOut || (type == ConsentEventType.Reconsent && i % 2 == 0);
        var marketing = type == ConsentEventType.Grant || (type == ConsentEventType.Reconsent && i % 2 == 0);
        return new ConsentEvent
        {
            ConsentId = i < 4 ? Visitor : ConsentId.FromBytes(BitConverter.GetBytes((long)i + 1).Concat(new byte[8]).ToArray()),
            OccurredAt = Start.AddHours(i * 7).AddTicks(i * 1234567),
            Type = type,
            Categories =
            [
                new ConsentCategoryState("necessary", true),
                new ConsentCategoryState("functional", i % 4 == 0),
                new ConsentCategoryState("analytics", analytics),
                new ConsentCategoryState("marketing", marketing),
            ],
            PolicyRevision = i < RevisionChangesAt ? "1a2b3c4d" : "5e6f7a8b",
            Language = arabic ? "ar" : "en",
            BannerTextHash = ConsentTextHash.Compute(arabic ? ArabicText : EnglishText),
            Control = type == ConsentEventType.Withdrawal ? "settings:save" : "banner:accept-all",
            Host = i % 7 == 0 ? "+cmd|' /C calc'!A0" : "news.example",
            Path = "/أخبار/" + i.ToString(CultureInfo.InvariantCulture),
            GlobalPrivacyControl = type == ConsentEventType.GpcOptOut || i % 5 == 0,
            ClientAddress = i % 2 == 0 ? "203.0.113.0" : null,
            UserAgent = i % 2 == 0 ? HostileUserAgent : i % 3 == 0 ? "-2+3" : null,
        };
    }

    private const int RevisionChangesAt = 12;
}
