using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>
/// The cookies each known tag sets, with the library's purposes. The purposes are the neutral (Arabic) texts of
/// Consent.Components' resources, which show them in English and French too as long as a site keeps them.
/// </summary>
internal static class TagCookies
{
    public static IEnumerable<DeclaredCookie> Of(ConsentTag tag) => tag switch
    {
        ConsentTag.GoogleAnalytics =>
        [
            Cookie("_ga", CategoryKeys.Analytics, "Google Analytics", "يميّز الزوار لإحصاء الزيارات بصورة مجمَّعة.", 730),
            Cookie("_ga_*", CategoryKeys.Analytics, "Google Analytics", "يحفظ حالة الجلسة لإحصاء الزيارات بصورة مجمَّعة.", 730),
        ],
        ConsentTag.GoogleAds =>
        [
            Cookie("_gcl_*", CategoryKeys.Marketing, "Google Ads", "يقيس ما تحقّقه الإعلانات من زيارات ومشتريات.", 90),
        ],
        ConsentTag.MetaPixel =>
        [
            Cookie("_fbp", CategoryKeys.Marketing, "Meta", "يميّز متصفحك لقياس الإعلانات وعرض إعلانات تناسبك.", 90),
            Cookie("_fbc", CategoryKeys.Marketing, "Meta", "يحفظ الإعلان الذي أوصلك إلى الموقع لقياس أثره.", 90),
        ],
        ConsentTag.MicrosoftUet =>
        [
            Cookie("_uetsid", CategoryKeys.Marketing, "Microsoft Advertising", "يربط زياراتك خلال يوم واحد لقياس الإعلانات.", 1),
            Cookie("_uetvid", CategoryKeys.Marketing, "Microsoft Advertising", "يميّز متصفحك لقياس الإعلانات عبر الزيارات.", 390),
            Cookie("_uet*", CategoryKeys.Marketing, "Microsoft Advertising", "نسخة من معرّفات قياس الإعلانات محفوظة في متصفحك.", 390, storage: CookieStorage.LocalStorage),
        ],
        ConsentTag.MicrosoftClarity =>
        [
            Cookie("_clck", CategoryKeys.Analytics, "Microsoft Clarity", "يميّز متصفحك لفهم طريقة استخدام الموقع.", 365),
            Cookie("_clsk", CategoryKeys.Analytics, "Microsoft Clarity", "يربط صفحات الزيارة الواحدة لفهم طريقة استخدام الموقع.", 1),
        ],
        ConsentTag.YouTube =>
        [
            Cookie("VISITOR_INFO1_LIVE", CategoryKeys.Marketing, "YouTube", "يستخدمه YouTube لتقدير سرعة اتصالك وتذكّر إعدادات المشغّل.", 180, thirdParty: true),
            Cookie("YSC", CategoryKeys.Marketing, "YouTube", "يستخدمه YouTube لإحصاء مشاهدات الفيديو خلال الجلسة.", null, thirdParty: true),
        ],
        ConsentTag.Vimeo =>
        [
            Cookie("vuid", CategoryKeys.Marketing, "Vimeo", "يستخدمه Vimeo لإحصاء المشاهدات ما لم يُطلب منه عدم التتبّع.", 730, thirdParty: true),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, "Not a known tag."),
    };

    // Script-written first-party cookies are the site's in the browser's eyes, but a third party sets and reads them.
    private static DeclaredCookie Cookie(string name, string category, string provider, string purpose, int? days, bool thirdParty = true, CookieStorage storage = CookieStorage.Cookie) => new()
    {
        Name = name,
        Category = category,
        Provider = provider,
        Purpose = purpose,
        Lifetime = days is { } d ? TimeSpan.FromDays(d) : null,
        IsThirdParty = thirdParty,
        Storage = storage,
    };
}
