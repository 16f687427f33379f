using Bunit;
using Consent.Abstractions;
using Consent.AspNetCore;

namespace Consent.Components.Tests.Components;

/// <summary>Storage keys in the cookie table: declared like cookies, with a duration that says what they really do.</summary>
public sealed class CookieDeclarationStorageTests : ConsentComponentTest
{
    [Theory]
    [Trait("Rule", "C7")]
    [InlineData("ar", "حتى حذفه", "حتى إغلاق المتصفح")]
    [InlineData("en", "Until it is deleted", "Until the browser closes")]
    [InlineData("fr", "Jusqu’à sa suppression", "Jusqu’à la fermeture du navigateur")]
    public void Render_StorageKeysWithoutLifetime_LocalStorageStaysUntilDeleted_SessionStorageUntilTheBrowserCloses(string culture, string local, string session)
    {
        using var culture_ = new CultureScope(culture);
        ConfigureConsent(o =>
        {
            o.Cookies.Add(new DeclaredCookie { Name = "cid", Category = ConsentCategory.Analytics, Purpose = "Id.", Provider = "Site", Storage = CookieStorage.LocalStorage });
            o.Cookies.Add(new DeclaredCookie { Name = "tab", Category = ConsentCategory.Analytics, Purpose = "Tab.", Provider = "Site", Storage = CookieStorage.SessionStorage });
        });

        var rows = RenderWith<CookieDeclaration>(Request(), p => p.Add(c => c.Category, "analytics")).FindAll("tr");

        Assert.Contains(local, rows.Single(r => r.TextContent.Contains("cid", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Contains(session, rows.Single(r => r.TextContent.Contains("tab", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }
}
