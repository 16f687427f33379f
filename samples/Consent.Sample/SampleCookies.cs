using Consent.Abstractions;
using Consent.AspNetCore;

namespace Consent.Sample;

/// <summary>The sample site's cookie registry: every cookie it sets, with its category (COMPLIANCE C11).</summary>
internal static class SampleCookies
{
    public static void Declare(CookieConsentOptions options)
    {
        options.Cookies.Add(new DeclaredCookie
        {
            Name = ".AspNetCore.Culture",
            Category = ConsentCategory.Necessary,
            Purpose = "يتذكّر اللغة التي اخترتها للموقع.",
            Lifetime = TimeSpan.FromDays(365),
            Provider = "Consent.Sample",
        });
        options.Cookies.Add(new DeclaredCookie
        {
            Name = "demo_session",
            Category = ConsentCategory.Necessary,
            Purpose = "يحفظ جلستك على الموقع التجريبي.",
            Provider = "Consent.Sample",
        });
        options.Cookies.Add(new DeclaredCookie
        {
            Name = "demo_pref",
            Category = ConsentCategory.Functional,
            Purpose = "يتذكّر حجم الخط الذي اخترته.",
            Lifetime = TimeSpan.FromDays(30),
            Provider = "Consent.Sample",
        });
        options.Cookies.Add(new DeclaredCookie
        {
            Name = "_ga*",
            Category = ConsentCategory.Analytics,
            Purpose = "يميّز الزوار لإحصاء الزيارات بصورة مجمَّعة.",
            Lifetime = TimeSpan.FromDays(395),
            Provider = "Google Analytics",
            IsThirdParty = true,
        });
        options.Cookies.Add(new DeclaredCookie
        {
            // Written by analytics-demo.js into localStorage; only <ConsentCookieGuard /> can keep it out.
            Name = "analytics_demo_cid",
            Category = ConsentCategory.Analytics,
            Purpose = "يحفظ معرّفاً عشوائياً لمتصفحك لإحصاء الزيارات بصورة مجمَّعة.",
            Provider = "Consent.Sample",
            Storage = CookieStorage.LocalStorage,
        });
        options.Cookies.Add(new DeclaredCookie
        {
            Name = "ad_id",
            Category = ConsentCategory.Marketing,
            Purpose = "يعرض إعلانات تناسب اهتماماتك.",
            Lifetime = TimeSpan.FromDays(90),
            Provider = "Demo Ads",
            IsThirdParty = true,
        });
    }
}
