using System.Net;
using Consent.Abstractions;
using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.Endpoints;

/// <summary>An event never names a banner text this server did not show in that language.</summary>
public sealed class PostedTextCheckTests : IAsyncLifetime
{
    private ConsentTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ConsentTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    [Trait("Rule", "R4")]
    public async Task Post_TextHashOfNoArchivedText_Is400AndRecordsNothing()
    {
        var madeUp = ConsentTextHash.Compute("a text this site never showed");

        var (response, browser) = await PostAsync("ar", madeUp);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("never shown by this site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(browser.LastSetCookies, h => h.StartsWith(".Consent=", StringComparison.Ordinal));
        Assert.Empty(_host.AuditLog.Events);
    }

    [Fact]
    [Trait("Rule", "R4")]
    public async Task Post_EnglishTextHashPostedAsArabic_Is400AndRecordsNothing()
    {
        var english = await Archive.ArchiveAsync("en", "Privacy and cookies", default);

        var (response, _) = await PostAsync("ar", english);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("another language", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_host.AuditLog.Events);
    }

    [Fact]
    [Trait("Rule", "R4")]
    public async Task Post_TextHashArchivedForThatLanguage_IsRecordedWithIt()
    {
        var arabic = await Archive.ArchiveAsync("ar", "بيان الخصوصية وسياسة ملفات تعريف الارتباط", default);

        var (response, _) = await PostAsync("ar", arabic);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(arabic, Assert.Single(_host.AuditLog.Events).BannerTextHash);
    }

    private IConsentTextArchive Archive => _host.Services.GetRequiredService<IConsentTextArchive>();

    private async Task<(HttpResponseMessage Response, TestBrowser Browser)> PostAsync(string language, string hash)
    {
        var browser = _host.NewBrowser();
        var response = await browser.PostFormAsync("/consent",
        [
            new("__RequestVerificationToken", await browser.GetTokenAsync()),
            new("action", "accept-all"), new("layer", "banner"), new("language", language), new("textHash", hash),
        ]);
        return (response, browser);
    }
}
