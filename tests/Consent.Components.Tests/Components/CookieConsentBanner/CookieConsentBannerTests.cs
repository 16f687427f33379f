using Consent.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using AngleSharp.Dom;
using Bunit;
using Consent.AspNetCore;

namespace Consent.Components.Tests.Components;

public sealed class CookieConsentBannerTests : ConsentComponentTest
{
    public static TheoryData<string, string, string, string, string, string> Languages => new()
    {
        // culture, lang, dir, accept, reject, settings
        { "ar", "ar", "rtl", "أوافق", "أرفض", "الإعدادات" },
        { "ar-SA", "ar-SA", "rtl", "أوافق", "أرفض", "الإعدادات" },
        { "en", "en", "ltr", "Accept", "Reject", "Settings" },
        { "en-GB", "en-GB", "ltr", "Accept", "Reject", "Settings" },
        { "fr", "fr", "ltr", "Accepter", "Refuser", "Paramètres" },
        // A culture without texts falls back to Arabic, and says so in lang/dir.
        { "de", "ar", "rtl", "أوافق", "أرفض", "الإعدادات" },
    };

    [Theory]
    [Trait("Rule", "A2")]
    [Trait("Rule", "A3")]
    [MemberData(nameof(Languages))]
    public void Render_NoDecision_ShowsNamedLandmarkWithLangAndDir(string culture, string lang, string dir, string accept, string reject, string settings)
    {
        using var culture_ = new CultureScope(culture);
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        Assert.Equal(lang, banner.GetAttribute("lang"));
        Assert.Equal(dir, banner.GetAttribute("dir"));
        var heading = banner.QuerySelector("#" + banner.GetAttribute("aria-labelledby"));
        Assert.NotNull(heading);
        Assert.False(string.IsNullOrWhiteSpace(heading!.TextContent));
        Assert.Equal(accept, Button(banner, "accept-all").TextContent);
        Assert.Equal(reject, Button(banner, "reject-all").TextContent);
        Assert.Equal(settings, SettingsButton(banner).TextContent);
    }

    [Theory]
    [Trait("Rule", "C2")]
    [Trait("Rule", "C3")]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("fr")]
    public void Render_NoDecision_AcceptAndRejectAreEqualSubmitButtonsOnTheFirstLayer(string culture)
    {
        using var culture_ = new CultureScope(culture);
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        var accept = Button(banner, "accept-all");
        var reject = Button(banner, "reject-all");
        Assert.Equal(accept.TagName, reject.TagName);
        Assert.Equal("BUTTON", reject.TagName);
        Assert.Equal("submit", reject.GetAttribute("type"));
        Assert.Equal(accept.ClassName, reject.ClassName);
        var settings = SettingsButton(banner);
        Assert.Equal("BUTTON", settings.TagName);
        Assert.Equal("submit", settings.GetAttribute("type"));
        Assert.Equal(accept.ClassName, settings.ClassName);
        Assert.Same(accept.ParentElement, reject.ParentElement);
        Assert.Same(accept.ParentElement, settings.ParentElement);
        Assert.Equal("consent-banner-form", accept.GetAttribute("form"));
        Assert.Equal("consent-banner-form", reject.GetAttribute("form"));
    }

    [Theory]
    [InlineData("ar", "أوافق", "accept-all")]
    [InlineData("ar", "أرفض", "reject-all")]
    [InlineData("ar", "حفظ اختياراتي", "save")]
    [InlineData("en", "Accept", "accept-all")]
    [InlineData("en", "Reject", "reject-all")]
    [InlineData("en", "Save my choices", "save")]
    [InlineData("fr", "Accepter", "accept-all")]
    [InlineData("fr", "Refuser", "reject-all")]
    [InlineData("fr", "Enregistrer mes choix", "save")]
    public void Render_EachButtonLabel_PostsItsActionToTheEndpointWithTheAntiforgeryToken(string culture, string label, string action)
    {
        using var culture_ = new CultureScope(culture);
        ConfigureConsent(o => o.EndpointPath = "/privacy/consent");
        if (action == "save")
        {
            NavigateTo("/?consent=settings");
        }

        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        var button = banner.QuerySelectorAll("button").Single(b => b.TextContent == label);
        Assert.Equal("action", button.GetAttribute("name"));
        Assert.Equal(action, button.GetAttribute("value"));
        var form = banner.QuerySelector("form#" + button.GetAttribute("form"))!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/privacy/consent", form.GetAttribute("action"));
        Assert.Equal(FakeAntiforgeryStateProvider.Token, Field(form, FakeAntiforgeryStateProvider.FieldName));
        Assert.Equal(action == "save" ? "settings" : "banner", Field(form, "layer"));
        Assert.Equal(CultureInfoName(), Field(form, "language"));
        // After saving, the visitor lands back on the page at the «تم حفظ اختيارك.» confirmation.
        Assert.Equal(action == "save" ? "/#consent-saved" : "/", Field(form, "returnUrl"));
    }

    [Theory]
    [Trait("Rule", "C4")]
    [Trait("Rule", "A7")]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("fr")]
    public void Render_NoDecision_NoOptionalSwitchIsOnAndNecessaryIsLocked_EachExposingStateAndLabel(string culture)
    {
        using var culture_ = new CultureScope(culture);
        NavigateTo("/?consent=settings");
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        var switches = banner.QuerySelectorAll("input[type=checkbox]");
        Assert.Equal(4, switches.Length);
        foreach (var input in switches)
        {
            Assert.Equal("switch", input.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(banner.QuerySelector($"label[for='{input.Id}']")?.TextContent));
            Assert.False(string.IsNullOrWhiteSpace(banner.QuerySelector($"#{input.GetAttribute("aria-describedby")}")?.TextContent));
            var necessary = input.Id == "consent-category-necessary";
            Assert.Equal(necessary, input.HasAttribute("checked"));
            Assert.Equal(necessary, input.HasAttribute("disabled"));
            if (!necessary)
            {
                Assert.Equal("categories", input.GetAttribute("name"));
                Assert.Equal("consent-settings-form", input.GetAttribute("form"));
            }
        }
    }

    [Fact]
    public void Render_NoDecision_FirstLayerAloneUntilSettingsArePressed()
    {
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        Assert.Null(banner.QuerySelector("#consent-settings"));
        Assert.Empty(banner.QuerySelectorAll("input[type=checkbox]"));
    }

    [Fact]
    public void Render_SettingsButton_ReopensThisPageWithItsQueryAndTheSettingsLayerWithoutScript()
    {
        NavigateTo("/news/1?page=2");
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        var form = banner.QuerySelector("form#" + SettingsButton(banner).GetAttribute("form"))!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/news/1#consent-settings", form.GetAttribute("action"));
        Assert.Equal("2", Field(form, "page"));
        Assert.Equal("settings", Field(form, "consent"));
    }

    [Fact]
    [Trait("Rule", "C7")]
    public void Render_EveryCategory_ShowsTitleDescriptionCookiesAndPrivacyLinkBeforeTheChoice()
    {
        using var culture_ = new CultureScope("ar");
        ConfigureConsent(o =>
        {
            o.PrivacyPolicyUrl = "/about/privacy";
            o.Cookies.Add(new DeclaredCookie { Name = "_ga*", Category = "analytics", Purpose = "إحصاء", Provider = "Google Analytics", IsThirdParty = true, Lifetime = TimeSpan.FromDays(395) });
        });
        NavigateTo("/?consent=settings");
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        Assert.Contains(banner.QuerySelectorAll(".consent-scroll a"), a => a.GetAttribute("href") == "/about/privacy");
        Assert.Contains("تحليلية", banner.TextContent, StringComparison.Ordinal);
        Assert.Contains("تساعدنا على فهم طريقة استخدام الموقع", banner.TextContent, StringComparison.Ordinal);
        var row = banner.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("_ga*", StringComparison.Ordinal));
        // Each category's table folds into a <details> under its switch and description, so it opens without script.
        var details = row.Closest("details")!;
        Assert.Equal("ملفات تعريف الارتباط في هذه الفئة", details.QuerySelector("summary")!.TextContent);
        Assert.NotNull(details.ParentElement!.QuerySelector("#consent-category-analytics"));
        Assert.Equal(4, banner.QuerySelectorAll(".consent-category > details").Length);
        Assert.Equal(["_ga*", "Google Analytics", "إحصاء", "13 شهراً", "طرف ثالث"], row.Children.Select(c => c.TextContent.Trim()));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("fr")]
    public void Render_ValidDecision_RendersNothing(string culture)
    {
        using var culture_ = new CultureScope(culture);
        var cut = RenderWith<CookieConsentBanner>(Request(["analytics"]));

        Assert.Empty(cut.FindAll("section"));
        Assert.Equal(string.Empty, cut.Markup.Trim());
    }

    [Fact]
    public void Render_NoRequestAndNothingPersisted_RendersNothing()
    {
        using var culture_ = new CultureScope("ar");
        var cut = RenderInteractive<CookieConsentBanner>();

        Assert.Equal(string.Empty, cut.Markup.Trim());
    }

    [Theory]
    [Trait("Rule", "C9")]
    [InlineData("ar", "معرّف موافقتك")]
    [InlineData("en", "Your consent ID")]
    [InlineData("fr", "Votre identifiant de consentement")]
    public void Render_DecisionAndSettingsRequested_OpensSettingsWithTheVisitorsOwnChoice(string culture, string consentIdLine)
    {
        using var culture_ = new CultureScope(culture);
        var request = Request(["functional", "marketing"]);
        NavigateTo("/news/1?page=2&consent=settings");
        var banner = RenderWith<CookieConsentBanner>(request).Find("section#consent-banner");

        Assert.NotNull(banner.QuerySelector("#consent-settings"));
        Assert.True(Switch(banner, "functional").HasAttribute("checked"));
        Assert.False(Switch(banner, "analytics").HasAttribute("checked"));
        Assert.True(Switch(banner, "marketing").HasAttribute("checked"));
        Assert.Contains(consentIdLine, banner.TextContent, StringComparison.Ordinal);
        Assert.Equal("/news/1?page=2", banner.QuerySelector("#consent-settings a.consent-back")!.GetAttribute("href"));
        Assert.Equal("/news/1?page=2#consent-saved", Field(banner.QuerySelector("form#consent-settings-form")!, "returnUrl"));
    }

    [Fact]
    [Trait("Rule", "C9")]
    public void Navigate_InteractiveLayoutToSettingsLink_OpensTheSettings()
    {
        var store = PersistentState();
        var policy = Services.GetRequiredService<IConsentRequestContext>().Policy;
        store.Persist("Consent.Components.State", new ConsentPageState(policy, new ConsentSnapshot(true, ["necessary", "analytics"], false, "0123")));
        var cut = RenderInteractive<CookieConsentBanner>();
        Assert.Equal(string.Empty, cut.Markup.Trim());

        NavigateTo("/?consent=settings");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#consent-settings")));
        Assert.True(cut.Find("input#consent-category-analytics").HasAttribute("checked"));
    }

    [Theory]
    [Trait("Rule", "G2")]
    [Trait("Rule", "G3")]
    [InlineData("ar", "التحكم العالمي في الخصوصية")]
    [InlineData("en", "Global Privacy Control")]
    [InlineData("fr", "Global Privacy Control")]
    public void Render_GpcSignal_SaysItIsHonouredOnBothLayersAndLeavesMarketingOffButSwitchable(string culture, string notice)
    {
        using var culture_ = new CultureScope(culture);
        var firstLayer = RenderWith<CookieConsentBanner>(Request(gpc: true)).Find("section#consent-banner");
        Assert.Contains(notice, Assert.Single(firstLayer.QuerySelectorAll(".consent-gpc")).TextContent, StringComparison.Ordinal);

        NavigateTo("/?consent=settings");
        var banner = RenderWith<CookieConsentBanner>(Request(gpc: true)).Find("section#consent-banner");

        var inPanel = Assert.Single(banner.QuerySelectorAll(".consent-gpc"));
        Assert.NotNull(inPanel.Closest("#consent-settings"));
        Assert.Contains(notice, inPanel.TextContent, StringComparison.Ordinal);
        var marketing = Switch(banner, "marketing");
        Assert.False(marketing.HasAttribute("checked"));
        Assert.False(marketing.HasAttribute("disabled"));
    }

    [Fact]
    public void Render_NoGpcSignal_ShowsNoGpcNotice()
    {
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        Assert.Empty(banner.QuerySelectorAll(".consent-gpc"));
    }

    [Fact]
    [Trait("Rule", "G1")]
    public void Render_GpcAndAcceptAllDecision_SettingsShowMarketingOff()
    {
        var request = Request(["functional", "analytics", "marketing"], gpc: true, method: ConsentMethod.AcceptAll);
        NavigateTo("/?consent=settings");
        var banner = RenderWith<CookieConsentBanner>(request).Find("section#consent-banner");

        Assert.False(Switch(banner, "marketing").HasAttribute("checked"));
        Assert.True(Switch(banner, "analytics").HasAttribute("checked"));
    }

    [Theory]
    [Trait("Rule", "R4")]
    [InlineData("ar", false)]
    [InlineData("en", false)]
    [InlineData("fr", false)]
    [InlineData("ar", true)]
    [InlineData("en", true)]
    public void Render_Shown_ArchivesTheExactTextAndPostsItsHashAndLanguage(string culture, bool settings)
    {
        using var culture_ = new CultureScope(culture);
        if (settings)
        {
            NavigateTo("/?consent=settings");
        }

        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        var hash = Field(banner.QuerySelector("form")!, "textHash");
        var archived = Assert.Single(Archive.Texts);
        Assert.Equal(hash, archived.Hash);
        Assert.Equal(ConsentTextHash.Compute(archived.Text), hash);
        Assert.Equal(culture, archived.Language);
        var shown = banner.QuerySelectorAll("h2, button, label, summary, a, .consent-scroll > p, .consent-body > p, .consent-category > p");
        var texts = shown.SelectMany(e => e.ChildNodes.OfType<IText>()).Select(t => t.Data.Trim()).Where(t => t.Length > 0).ToList();
        Assert.True(texts.Count >= (settings ? 19 : 6), string.Join(" | ", texts));
        Assert.All(texts, text => Assert.Contains(text, archived.Text, StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Rule", "A2")]
    [Trait("Rule", "C2")]
    [InlineData("ar", "رجوع", "أوافق", "أرفض", "حفظ اختياراتي")]
    [InlineData("en", "Back", "Accept", "Reject", "Save my choices")]
    [InlineData("fr", "Retour", "Accepter", "Refuser", "Enregistrer mes choix")]
    public void Render_SettingsRequested_ReplacesTheFirstLayerWithAPanel_HeaderScrollingBodyAndFooter(string culture, string back, string accept, string reject, string save)
    {
        using var culture_ = new CultureScope(culture);
        NavigateTo("/news/1?page=2&consent=settings");
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        var panel = banner.QuerySelector("#consent-settings")!;
        Assert.Equal("consent-settings-heading", banner.GetAttribute("aria-labelledby"));
        Assert.Equal(["consent-head", "consent-scroll", "consent-actions"], panel.Children.Select(c => c.ClassName));
        var head = panel.Children[0];
        Assert.Equal("consent-settings-heading", head.QuerySelector("h2")!.Id);
        var backLink = head.QuerySelector("a.consent-back")!;
        Assert.Equal(back, backLink.TextContent);
        Assert.Equal("/news/1?page=2", backLink.GetAttribute("href"));
        Assert.Equal(4, panel.Children[1].QuerySelectorAll(".consent-category").Length);
        var footer = panel.Children[2].QuerySelectorAll("button");
        Assert.Equal([accept, reject, save], footer.Select(b => b.TextContent));
        Assert.Equal(["accept-all", "reject-all", "save"], footer.Select(b => b.GetAttribute("value")));
        Assert.All(footer, b => Assert.Equal("consent-settings-form", b.GetAttribute("form")));
        Assert.All(footer, b => Assert.Equal("consent-button", b.ClassName));
        // The first layer is gone, not hidden under the panel: one set of buttons, no other form.
        Assert.Null(banner.QuerySelector(".consent-body"));
        Assert.Equal(["consent-settings-form"], banner.QuerySelectorAll("form").Select(f => f.Id));
    }

    [Fact]
    public void Render_HostOverrides_ReplaceButtonsHeadingAndCategoryTexts()
    {
        using var culture_ = new CultureScope("ar");
        ConfigureComponents(o =>
        {
            o.Override("ar", ConsentTextKeys.AcceptAll, "أقبل الكل");
            o.Override("ar", ConsentTextKeys.CategoryTitle("analytics"), "إحصاءات");
            o.Text = (key, culture) => key == ConsentTextKeys.BannerHeading ? "ملفات الارتباط في موقعنا" : null;
        });
        ConfigureConsent(o => o.Categories["functional"].Description = "وصف من إعدادات الموقع.");
        var firstLayer = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");
        Assert.Equal("ملفات الارتباط في موقعنا", firstLayer.QuerySelector("h2")!.TextContent);

        NavigateTo("/?consent=settings");
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        Assert.Equal("أقبل الكل", Button(banner, "accept-all").TextContent);
        Assert.Equal("أرفض", Button(banner, "reject-all").TextContent);
        Assert.Equal("إحصاءات", banner.QuerySelector("label[for=consent-category-analytics]")!.TextContent);
        Assert.Equal("وصف من إعدادات الموقع.", banner.QuerySelector("#consent-category-functional-description")!.TextContent);
    }

    [Fact]
    [Trait("Rule", "C2")]
    public void Render_BlankOverrides_CannotHideRejectOrSettings()
    {
        using var culture_ = new CultureScope("ar");
        ConfigureComponents(o =>
        {
            o.Override("ar", ConsentTextKeys.RejectAll, " ");
            o.Text = (key, culture) => key == ConsentTextKeys.Settings ? string.Empty : null;
        });
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        Assert.Equal("أرفض", Button(banner, "reject-all").TextContent);
        Assert.Equal("الإعدادات", SettingsButton(banner).TextContent);
    }

    [Fact]
    public void Render_OverrideForOneLanguage_DoesNotLeakIntoAnother()
    {
        using var culture_ = new CultureScope("en");
        ConfigureComponents(o => o.Override("ar", ConsentTextKeys.AcceptAll, "أقبل الكل"));
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        Assert.Equal("Accept", Button(banner, "accept-all").TextContent);
    }

    [Fact]
    public void Render_CustomCategory_UsesItsConfiguredTitleAndDescription()
    {
        ConfigureConsent(o => o.Categories["chat"] = new ConsentCategory { Title = "الدردشة", Description = "نافذة الدعم المباشر." });
        NavigateTo("/?consent=settings");
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        Assert.Equal("الدردشة", banner.QuerySelector("label[for=consent-category-chat]")!.TextContent);
        Assert.False(Switch(banner, "chat").HasAttribute("checked"));
    }

    private static IElement Button(IElement root, string action) =>
        root.QuerySelectorAll("button").Single(b => b.GetAttribute("value") == action);

    private static IElement SettingsButton(IElement root) =>
        root.QuerySelectorAll("button").Single(b => b.GetAttribute("form") == "consent-open-settings");

    private static IElement Switch(IElement root, string category) =>
        root.QuerySelector($"input#consent-category-{category}")!;

    private static string? Field(IElement form, string name) =>
        form.QuerySelector($"input[name='{name}']")?.GetAttribute("value");

    private static string CultureInfoName() => System.Globalization.CultureInfo.CurrentUICulture.Name;
}
