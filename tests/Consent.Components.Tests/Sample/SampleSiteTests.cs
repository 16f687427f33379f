using System.Net;
using System.Text.Json;
using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Components.Tests.Sample;

/// <summary>
/// The banner through the real pipeline of the sample: GET the page, click a label, and read the decision back
/// from <c>GET /consent</c>. This is the proof that the text of each button does what it says.
/// </summary>
public sealed class SampleSiteTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [Trait("Rule", "C2")]
    [InlineData("ar", "أوافق", true)]
    [InlineData("ar", "أرفض", false)]
    [InlineData("en", "Accept", true)]
    [InlineData("en", "Reject", false)]
    [InlineData("fr", "Accepter", true)]
    [InlineData("fr", "Refuser", false)]
    public async Task Banner_ClickFirstLayerLabel_TakesTheDecisionItNames(string culture, string label, bool granted)
    {
        using var client = await ClientAsync(culture);
        var page = await SamplePage.OpenAsync(client, "/");

        using var response = await page.ClickAsync(label);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var state = await StateAsync(client);
        Assert.True(state.GetProperty("hasDecision").GetBoolean());
        Assert.Equal(granted ? "accept-all" : "reject-all", state.GetProperty("method").GetString());
        foreach (var category in new[] { "functional", "analytics", "marketing" })
        {
            Assert.Equal(granted, state.GetProperty("categories").GetProperty(category).GetBoolean());
        }

        Assert.Null((await SamplePage.OpenAsync(client, "/")).Banner);
    }

    [Theory]
    [Trait("Rule", "C4")]
    [InlineData("ar", "الإعدادات", "حفظ اختياراتي")]
    [InlineData("en", "Settings", "Save my choices")]
    [InlineData("fr", "Paramètres", "Enregistrer mes choix")]
    public async Task Banner_OpenSettingsAndSaveUntouched_GrantsNothing(string culture, string settings, string save)
    {
        using var client = await ClientAsync(culture);
        var firstLayer = await SamplePage.OpenAsync(client, "/");
        Assert.Equal("BUTTON", firstLayer.Control(settings).TagName);

        var page = await firstLayer.FollowAsync(settings);
        Assert.NotNull(page.Document.QuerySelector("#consent-settings"));
        using var response = await page.ClickAsync(save);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var state = await StateAsync(client);
        Assert.Equal("save", state.GetProperty("method").GetString());
        Assert.All(new[] { "functional", "analytics", "marketing" }, c => Assert.False(state.GetProperty("categories").GetProperty(c).GetBoolean()));
    }

    [Fact]
    [Trait("Rule", "C8")]
    public async Task Banner_SaveWithAnalyticsSwitchedOn_GrantsOnlyAnalytics()
    {
        using var client = await ClientAsync("ar");
        var page = await (await SamplePage.OpenAsync(client, "/")).FollowAsync("الإعدادات");
        page.Check("analytics");

        using var response = await page.ClickAsync("حفظ اختياراتي");

        var categories = (await StateAsync(client)).GetProperty("categories");
        Assert.True(categories.GetProperty("analytics").GetBoolean());
        Assert.False(categories.GetProperty("functional").GetBoolean());
        Assert.False(categories.GetProperty("marketing").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "G2")]
    public async Task Banner_GpcSignalThenAccept_LeavesMarketingOffAndSaysSo()
    {
        using var client = await ClientAsync("ar");
        client.DefaultRequestHeaders.Add("Sec-GPC", "1");
        var page = await SamplePage.OpenAsync(client, "/");
        Assert.Contains("التحكم العالمي في الخصوصية", page.Banner!.TextContent, StringComparison.Ordinal);

        using var response = await page.ClickAsync("أوافق");

        var categories = (await StateAsync(client)).GetProperty("categories");
        Assert.True(categories.GetProperty("analytics").GetBoolean());
        Assert.False(categories.GetProperty("marketing").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "G3")]
    public async Task Settings_GpcSignalThenExplicitMarketingOptIn_GrantsMarketing()
    {
        using var client = await ClientAsync("ar");
        client.DefaultRequestHeaders.Add("Sec-GPC", "1");
        var page = await (await SamplePage.OpenAsync(client, "/")).FollowAsync("الإعدادات");
        page.Check("marketing");

        using var response = await page.ClickAsync("حفظ اختياراتي");

        var state = await StateAsync(client);
        Assert.True(state.GetProperty("globalPrivacyControl").GetBoolean());
        Assert.True(state.GetProperty("categories").GetProperty("marketing").GetBoolean());
        Assert.NotNull((await SamplePage.OpenAsync(client, "/")).Document.QuerySelector("iframe[src='/demo/video']"));
    }

    [Fact]
    [Trait("Rule", "R4")]
    public async Task Banner_PostedTextHash_NamesTheArchivedArabicText()
    {
        using var client = await ClientAsync("ar");
        var page = await SamplePage.OpenAsync(client, "/");
        var hash = page.Document.QuerySelector("#consent-banner-form input[name=textHash]")!.GetAttribute("value")!;

        var archived = await factory.Services.GetRequiredService<IConsentTextArchive>().FindAsync(hash, CancellationToken.None);

        Assert.NotNull(archived);
        Assert.Equal("ar", archived!.Language);
        Assert.StartsWith("بيان الخصوصية وسياسة ملفات تعريف الارتباط\n", archived.Text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task Page_BeforeAnyChoice_HasNoGatedScriptOrEmbed()
    {
        using var client = await ClientAsync("ar");
        var page = await SamplePage.OpenAsync(client, "/");

        Assert.Null(page.Document.QuerySelector("script[src='/js/analytics-demo.js']"));
        Assert.Null(page.Document.QuerySelector("iframe"));
        Assert.NotNull(page.Document.QuerySelector(".consent-placeholder"));
        Assert.Contains("gtag('consent','default'", page.Document.Head!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("'update'", page.Document.Head.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Placeholder_ClickAllow_GrantsThatCategoryAndShowsTheEmbed()
    {
        using var client = await ClientAsync("ar");
        var page = await SamplePage.OpenAsync(client, "/");

        using var response = await page.ClickAsync("السماح وعرض المحتوى");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var categories = (await StateAsync(client)).GetProperty("categories");
        Assert.True(categories.GetProperty("marketing").GetBoolean());
        Assert.False(categories.GetProperty("analytics").GetBoolean());
        var after = await SamplePage.OpenAsync(client, "/");
        Assert.Equal("/demo/video", after.Document.QuerySelector("iframe")!.GetAttribute("src"));
        Assert.Null(after.Banner);
    }

    [Fact]
    [Trait("Rule", "C9")]
    public async Task FooterLink_AfterAccepting_ReopensSettingsAndRejectWithdraws()
    {
        using var client = await ClientAsync("ar");
        using (var accepted = await (await SamplePage.OpenAsync(client, "/")).ClickAsync("أوافق"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        }

        var page = await SamplePage.OpenAsync(client, "/privacy");
        Assert.Null(page.Banner);
        var link = page.Control("إعدادات ملفات تعريف الارتباط");
        Assert.Equal("/privacy?consent=settings#consent-settings", link.GetAttribute("href"));

        var reopened = await SamplePage.OpenAsync(client, "/privacy?consent=settings");
        Assert.NotNull(reopened.Document.QuerySelector("#consent-settings"));
        Assert.True(reopened.Document.QuerySelector("input#consent-category-analytics")!.HasAttribute("checked"));
        using var rejected = await reopened.ClickAsync("أرفض");

        // «أرفض» in the settings panel's footer returns to the page at «تم حفظ اختيارك.», as saving does.
        Assert.Equal("/privacy#consent-saved", rejected.Headers.Location?.OriginalString);
        Assert.False((await StateAsync(client)).GetProperty("categories").GetProperty("analytics").GetBoolean());
        var home = await SamplePage.OpenAsync(client, "/");
        Assert.Null(home.Document.QuerySelector("script[src='/js/analytics-demo.js']"));
        Assert.Null(home.Banner);
    }

    [Fact]
    public async Task Page_AfterAcceptingAnalytics_LoadsTheAnalyticsScriptAndUpdatesConsentMode()
    {
        using var client = await ClientAsync("ar");
        var page = await (await SamplePage.OpenAsync(client, "/")).FollowAsync("الإعدادات");
        page.Check("analytics");
        using (await page.ClickAsync("حفظ اختياراتي"))
        {
        }

        var after = await SamplePage.OpenAsync(client, "/");

        Assert.NotNull(after.Document.QuerySelector("script[src='/js/analytics-demo.js']"));
        Assert.Contains("gtag('consent','update',{ad_storage:'denied'", after.Document.Head!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("analytics_storage:'granted'", after.Document.Head.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Arabic_IsSentAsCharactersNotEntities()
    {
        using var client = await ClientAsync("ar");
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("أوافق", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x623;", html, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "A4")]
    public async Task Page_WithBanner_LinksStylesThatAreServed()
    {
        using var client = await ClientAsync("ar");
        var page = await SamplePage.OpenAsync(client, "/");
        var pageCss = page.Document.QuerySelector("head link[href$='consent-page.css']")!.GetAttribute("href")!;

        Assert.Contains("scroll-padding-block-end", await client.GetStringAsync(new Uri("/" + pageCss, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Consent.Components", await client.GetStringAsync(new Uri("/Consent.Sample.styles.css", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "C11")]
    public async Task PrivacyPage_DeclaresEveryCookieOfTheSample()
    {
        using var client = await ClientAsync("ar");
        var page = await SamplePage.OpenAsync(client, "/privacy");

        var names = page.Document.QuerySelectorAll(".consent-declaration tbody th").Select(th => th.TextContent).ToList();
        Assert.Subset(names.ToHashSet(), new HashSet<string> { ".Consent", ".AspNetCore.Antiforgery.*", ".AspNetCore.Culture", "demo_session", "demo_pref", "_ga*", "ad_id" });
    }

    [Fact]
    [Trait("Rule", "C6")]
    public async Task Page_WhileTheBannerIsOpenAndAfterRefusal_IsServedInFull()
    {
        using var client = await ClientAsync("ar");
        var withBanner = await SamplePage.OpenAsync(client, "/");

        // The banner is a non-modal region beside the content, never a wall in front of it.
        Assert.NotNull(withBanner.Banner);
        Assert.Null(withBanner.Banner!.GetAttribute("aria-modal"));
        Assert.Empty(withBanner.Document.QuerySelectorAll("[inert]"));
        Assert.Equal("افتتاح أول مكتبة رقمية عامة في المدينة", withBanner.Document.QuerySelector("main h1")?.TextContent.Trim());

        using (var refused = await withBanner.ClickAsync("أرفض"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, refused.StatusCode);
        }

        foreach (var path in new[] { "/", "/privacy", "/live" })
        {
            var page = await SamplePage.OpenAsync(client, path);
            Assert.Null(page.Banner);
            Assert.NotNull(page.Document.QuerySelector("main h1"));
        }
    }

    private async Task<HttpClient> ClientAsync(string culture)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await client.GetAsync(new Uri($"/culture/{culture}?returnUrl=/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<JsonElement> StateAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/consent", UriKind.Relative)));
        return document.RootElement.Clone();
    }
}
