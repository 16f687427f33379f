using Consent.Abstractions;
using Consent.AspNetCore.Tests.Infrastructure;

namespace Consent.AspNetCore.Tests.Policy;

/// <summary>Declarations of <c>localStorage</c>/<c>sessionStorage</c> keys: the browser guard's, not the server's.</summary>
public sealed class StorageDeclarationTests
{
    private static readonly DeclaredCookie ClientId = new()
    {
        Name = "demo_cid",
        Category = ConsentCategory.Analytics,
        Purpose = "Keeps an analytics client id.",
        Provider = "Consent.Sample",
        Storage = CookieStorage.LocalStorage,
    };

    [Fact]
    public void FindCookie_NameDeclaredOnlyAsAStorageKey_IsUndeclared()
    {
        var policy = Policies.Create(o => o.Cookies.Add(ClientId));

        Assert.Null(policy.FindCookie("demo_cid"));
        Assert.Contains(policy.Cookies, c => c.Name == "demo_cid" && c.Storage == CookieStorage.LocalStorage);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Revision_ChangesWhenAKeyMovesFromACookieToStorage()
    {
        var asCookie = Policies.Create(o => o.Cookies.Add(new DeclaredCookie { Name = "demo_cid", Category = ConsentCategory.Analytics, Purpose = "Id.", Provider = "Consent.Sample" }));
        var asStorage = Policies.Create(o => o.Cookies.Add(new DeclaredCookie { Name = "demo_cid", Category = ConsentCategory.Analytics, Purpose = "Id.", Provider = "Consent.Sample", Storage = CookieStorage.SessionStorage }));

        Assert.NotEqual(asCookie.Revision, asStorage.Revision);
    }

    [Fact]
    public void View_CarriesStorageDomainAndPathForTheBrowserGuard()
    {
        var policy = Policies.Create(o =>
        {
            o.Cookies.Add(ClientId);
            o.Cookies.Add(new DeclaredCookie { Name = "_fbp", Category = ConsentCategory.Marketing, Purpose = "Ads.", Provider = "Meta", IsThirdParty = true, Domain = ".example.com", Path = "/shop" });
            o.UndeclaredCookies = UndeclaredCookieHandling.Allow;
        });

        var view = new ConsentPolicyViewSource(policy).View;

        Assert.Contains(view.CookiesOf("analytics"), c => c is { Name: "demo_cid", Storage: CookieStorage.LocalStorage });
        Assert.Contains(view.CookiesOf("marketing"), c => c is { Name: "_fbp", Storage: CookieStorage.Cookie, Domain: ".example.com", Path: "/shop" });
        Assert.True(view.AllowsUndeclaredCookies);
        Assert.Null(view.ScriptReportPath);
    }
}
