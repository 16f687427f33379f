using AngleSharp.Dom;
using Bunit;

namespace Consent.Components.Tests.Components;

public sealed class ConsentGateTests : ConsentComponentTest
{
    private const string Secret = "<iframe id=\"video\" src=\"/demo/video\"></iframe>";

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("fr")]
    public void Render_CategoryGranted_RendersTheContentAndNoPlaceholder(string culture)
    {
        using var scope = new CultureScope(culture);
        var cut = RenderGate(Request(["marketing"]), "marketing");

        Assert.NotNull(cut.Find("iframe#video"));
        Assert.Empty(cut.FindAll(".consent-placeholder"));
    }

    [Theory]
    [Trait("Rule", "C1")]
    [Trait("Rule", "C5")]
    [InlineData("ar", null)]
    [InlineData("ar", new string[0])]
    [InlineData("ar", new[] { "analytics" })]
    [InlineData("en", null)]
    [InlineData("en", new[] { "analytics", "functional" })]
    [InlineData("fr", null)]
    [InlineData("fr", new[] { "functional" })]
    public void Render_CategoryNotGranted_NeverRendersTheContent(string culture, string[]? granted)
    {
        using var scope = new CultureScope(culture);
        var cut = RenderGate(Request(granted), "marketing");

        Assert.DoesNotContain("video", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find(".consent-placeholder"));
    }

    [Fact]
    [Trait("Rule", "G1")]
    public void Render_GpcSignalAndAcceptAll_KeepsASaleOrSharingGateClosed()
    {
        var request = Request(["functional", "analytics", "marketing"], gpc: true, method: Consent.Abstractions.ConsentMethod.AcceptAll);
        var cut = RenderGate(request, "marketing");

        Assert.DoesNotContain("video", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "G3")]
    public void Render_GpcSignalAndExplicitOptIn_OpensASaleOrSharingGate()
    {
        var request = Request(["marketing"], gpc: true, decidedUnderGpc: true);
        var cut = RenderGate(request, "marketing");

        Assert.NotNull(cut.Find("iframe#video"));
    }

    [Theory]
    [InlineData("ar", "هذا المحتوى مقدَّم من VideoHost ويستخدم ملفات تعريف ارتباط من فئة «تسويقية». لعرضه، اسمح بهذه الفئة.", "السماح وعرض المحتوى", "rtl")]
    [InlineData("en", "This content is provided by VideoHost and uses cookies of the “Marketing” category. To see it, allow this category.", "Allow and show the content", "ltr")]
    [InlineData("fr", "Ce contenu est fourni par VideoHost et utilise des cookies de la catégorie «\u00a0Marketing\u00a0». Pour l’afficher, autorisez cette catégorie.", "Autoriser et afficher le contenu", "ltr")]
    public void Render_Closed_PlaceholderSaysWhatItIsAndWhichCategoryItNeeds(string culture, string message, string button, string dir)
    {
        using var scope = new CultureScope(culture);
        var placeholder = RenderGate(Request(), "marketing", "VideoHost").Find(".consent-placeholder");

        Assert.Equal(message, placeholder.QuerySelector("p")!.TextContent);
        Assert.Equal(button, placeholder.QuerySelector("button")!.TextContent);
        Assert.Equal(dir, placeholder.GetAttribute("dir"));
        Assert.Equal(culture, placeholder.GetAttribute("lang"));
    }

    [Fact]
    public void Render_ClosedWithoutProvider_NamesOnlyTheCategory()
    {
        using var scope = new CultureScope("ar");
        var placeholder = RenderGate(Request(), "analytics").Find(".consent-placeholder");

        Assert.Equal("هذا المحتوى يستخدم ملفات تعريف ارتباط من فئة «تحليلية». لعرضه، اسمح بهذه الفئة.", placeholder.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Render_Closed_ButtonGrantsThisCategoryAndKeepsThoseAlreadyGranted()
    {
        ConfigureConsent(o => o.EndpointPath = "/c");
        NavigateTo("/article/7?consent=settings");
        var form = RenderGate(Request(["analytics"]), "marketing").Find(".consent-placeholder form");

        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/c", form.GetAttribute("action"));
        var button = form.QuerySelector("button")!;
        Assert.Equal(("action", "save"), (button.GetAttribute("name"), button.GetAttribute("value")));
        Assert.Equal(new[] { "analytics", "marketing" }, Values(form, "categories"));
        Assert.Equal(new[] { "placeholder" }, Values(form, "layer"));
        Assert.Equal(new[] { "/article/7" }, Values(form, "returnUrl"));
        Assert.Equal(new[] { FakeAntiforgeryStateProvider.Token }, Values(form, FakeAntiforgeryStateProvider.FieldName));
        var hash = Assert.Single(Values(form, "textHash"));
        Assert.Contains(Archive.Texts, t => t.Hash == hash);
    }

    [Fact]
    public void Render_CustomPlaceholder_IsShownAboveTheMessage()
    {
        var cut = RenderWith<ConsentGate>(Request(), p => p
            .Add(g => g.Category, "marketing")
            .Add(g => g.Placeholder, "<img id=\"preview\" alt=\"\" src=\"/preview.png\">")
            .AddChildContent(Secret));

        Assert.NotNull(cut.Find(".consent-placeholder #preview"));
        Assert.DoesNotContain("video", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ClosedWithoutPlaceholder_RendersNothing()
    {
        var cut = RenderWith<ConsentGate>(Request(), p => p
            .Add(g => g.Category, "analytics")
            .Add(g => g.ShowPlaceholder, false)
            .AddChildContent(Secret));

        Assert.Equal(string.Empty, cut.Markup.Trim());
    }

    [Fact]
    public void Render_NecessaryCategory_IsAlwaysOpen()
    {
        var cut = RenderGate(Request(), "necessary");

        Assert.NotNull(cut.Find("iframe#video"));
    }

    [Fact]
    public void Render_UnknownCategory_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => RenderGate(Request(), "ads"));
    }

    [Fact]
    public void Render_HostOverride_ReplacesTheButtonText()
    {
        using var scope = new CultureScope("en");
        ConfigureComponents(o => o.Override("en", ConsentTextKeys.GateAllow, "Load video"));
        var placeholder = RenderGate(Request(), "marketing").Find(".consent-placeholder");

        Assert.Equal("Load video", placeholder.QuerySelector("button")!.TextContent);
    }

    private IRenderedComponent<ConsentGate> RenderGate(Microsoft.AspNetCore.Http.HttpContext request, string category, string? provider = null) =>
        RenderWith<ConsentGate>(request, p => p
            .Add(g => g.Category, category)
            .Add(g => g.Provider, provider)
            .AddChildContent(Secret));

    private static string[] Values(IElement form, string name) =>
        [.. form.QuerySelectorAll($"input[name='{name}']").Select(i => i.GetAttribute("value") ?? string.Empty)];
}
