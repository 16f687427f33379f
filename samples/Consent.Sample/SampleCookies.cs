using Consent.Abstractions;
using Consent.AspNetCore;

namespace Consent.Sample;

/// <summary>
/// The sample site's cookie registry: every cookie it sets, with its category (COMPLIANCE C11) and its purpose in
/// Arabic (the neutral language), English and French.
/// </summary>
internal static class SampleCookies
{
    public static void Declare(CookieConsentOptions options)
    {
        options.Cookies.Add(new DeclaredCookie
        {
            Name = ".AspNetCore.Culture",
            Category = ConsentCategory.Necessary,
            Purpose = "يتذكّر اللغة التي اخترتها للموقع.",
            Purposes = { ["en"] = "Remembers the language you chose for this site.", ["fr"] = "Retient la langue que vous avez choisie pour le site." },
            Lifetime = TimeSpan.FromDays(365),
            Provider = "Consent.Sample",
        });
        options.Cookies.Add(new DeclaredCookie
        {
            Name = "demo_session",
            Category = ConsentCategory.Necessary,
            Purpose = "يحفظ جلستك على الموقع التجريبي.",
            Purposes = { ["en"] = "Keeps your session on the demo site.", ["fr"] = "Garde votre session sur le site de démonstration." },
            Provider = "Consent.Sample",
        });
        options.Cookies.Add(new DeclaredCookie
        {
            Name = "demo_pref",
            Category = ConsentCategory.Functional,
            Purpose = "يتذكّر حجم الخط الذي اخترته.",
            Purposes = { ["en"] = "Remembers the font size you chose.", ["fr"] = "Retient la taille de police que vous avez choisie." },
            Lifetime = TimeSpan.FromDays(30),
            Provider = "Consent.Sample",
        });
        options.Cookies.Add(new DeclaredCookie
        {
            Name = "_ga*",
            Category = ConsentCategory.Analytics,
            Purpose = "يميّز الزوار لإحصاء الزيارات بصورة مجمَّعة.",
            Purposes = { ["en"] = "Tells visitors apart to count visits in aggregate.", ["fr"] = "Distingue les visiteurs pour compter les visites de façon agrégée." },
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
            Purposes = { ["en"] = "Shows advertisements that match your interests.", ["fr"] = "Affiche des publicités adaptées à vos centres d’intérêt." },
            Lifetime = TimeSpan.FromDays(90),
            Provider = "Demo Ads",
            IsThirdParty = true,
        });
    }
}
