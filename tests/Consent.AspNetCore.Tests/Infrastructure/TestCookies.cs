namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>The registry the tests run against: one cookie per category, and a pattern.</summary>
public static class TestCookies
{
    public static void Declare(CookieConsentOptions options)
    {
        options.Cookies.Add(new DeclaredCookie { Name = "session", Category = ConsentCategory.Necessary, Purpose = "Session.", Provider = "Test" });
        options.Cookies.Add(new DeclaredCookie { Name = "pref", Category = ConsentCategory.Functional, Purpose = "Preferences.", Provider = "Test", Lifetime = TimeSpan.FromDays(30) });
        options.Cookies.Add(new DeclaredCookie { Name = "_ga*", Category = ConsentCategory.Analytics, Purpose = "Statistics.", Provider = "Google", IsThirdParty = true, Lifetime = TimeSpan.FromDays(395) });
        options.Cookies.Add(new DeclaredCookie { Name = "ad_id", Category = ConsentCategory.Marketing, Purpose = "Advertising.", Provider = "Ads", IsThirdParty = true, Lifetime = TimeSpan.FromDays(90), Domain = "localhost", Path = "/" });
    }
}
