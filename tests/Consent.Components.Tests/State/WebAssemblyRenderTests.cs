using Bunit;
using Bunit.TestDoubles;
using Consent.Abstractions;
using Consent.AspNetCore;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consent.Components.Tests.State;

/// <summary>
/// The components in InteractiveWebAssembly: the server prerenders the page and persists its state; the browser's
/// render has only the browser-safe assembly, <c>AddCookieConsentComponents()</c> and that persisted state. Each test
/// takes the state from a real server render, so it also proves the state survives its JSON round trip.
/// </summary>
public sealed class WebAssemblyRenderTests : ConsentComponentTest
{
    private const string Video = "<iframe id=\"video\"></iframe>";
    private readonly BunitPersistentComponentState _serverStore;

    public WebAssemblyRenderTests() => _serverStore = PersistentState();

    [Fact]
    public void ComponentsAssembly_ReferencesNothingThatCannotLoadInTheBrowser()
    {
        var components = typeof(CookieConsentBanner).Assembly;
        var references = components.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        // The one library assembly it may use is the browser-safe Consent.Abstractions, which itself uses only the BCL.
        Assert.Equal(["Consent.Abstractions"], references.Where(name => name.StartsWith("Consent.", StringComparison.Ordinal)));
        var abstractions = typeof(Consent.Abstractions.ConsentSnapshot).Assembly.GetReferencedAssemblies().Select(a => a.Name!);
        Assert.All(abstractions, name => Assert.True(
            name is "netstandard" || name.StartsWith("System.", StringComparison.Ordinal),
            $"Consent.Abstractions references {name}, which it must not: it is shared by the browser and the server"));
        Assert.All(references.Where(name => name != "Consent.Abstractions"), name => Assert.True(
            name is "netstandard" or "Microsoft.JSInterop"
                || name.StartsWith("System.", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal),
            $"{name} is not available in WebAssembly"));
    }

    [Fact]
    public void Gate_PersistedGrant_RendersTheContentInTheBrowser()
    {
        using var client = Client(Prerender(Request(["marketing"])));

        var cut = client.Render<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent(Video));

        Assert.NotNull(cut.Find("iframe#video"));
    }

    [Theory]
    [Trait("Rule", "C5")]
    [Trait("Rule", "R4")]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Gate_PersistedRefusal_PostsTheSameFormAsThePrerender_AndNamesAnArchivedText(string culture)
    {
        using var scope = new CultureScope(culture);
        var request = Request(["analytics"]);
        var server = RenderWith<ConsentGate>(request, p => p.Add(g => g.Category, "marketing").AddChildContent(Video));
        using var client = Client(Prerender(request));

        var cut = client.Render<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent(Video));

        Assert.DoesNotContain("video", cut.Markup, StringComparison.Ordinal);
        WithoutSubmissionKeys(cut.Markup).MarkupMatches(WithoutSubmissionKeys(server.Markup));
        Assert.Equal(Policy.Options.EndpointPath, cut.Find(".consent-placeholder form").GetAttribute("action"));
        var hash = cut.Find($"input[name={ConsentFormNames.TextHash}]").GetAttribute("value")!;
        Assert.NotNull(await Archive.FindAsync(hash, CancellationToken.None));
    }

    [Theory]
    [InlineData("ar", false)]
    [InlineData("en", false)]
    [InlineData("fr", true)]
    public void Banner_PersistedNoDecision_RendersWhatThePrerenderShowed(string culture, bool gpc)
    {
        using var scope = new CultureScope(culture);
        var request = Request(gpc);
        NavigateTo("/news?consent=settings");
        var server = RenderWith<CookieConsentBanner>(request);
        using var client = Client(Prerender(request), "/news?consent=settings");

        var cut = client.Render<CookieConsentBanner>();

        Assert.NotNull(cut.Find("#consent-settings"));
        WithoutSubmissionKeys(cut.Markup).MarkupMatches(WithoutSubmissionKeys(server.Markup));
    }

    [Fact]
    public void Banner_PersistedDecision_RendersNothing()
    {
        using var client = Client(Prerender(Request(["functional"])));

        Assert.Equal(string.Empty, client.Render<CookieConsentBanner>().Markup.Trim());
    }

    [Fact]
    [Trait("Rule", "C11")]
    public void Declaration_RendersTheDeclaredCookiesFromThePersistedPolicy()
    {
        var server = RenderWith<CookieDeclaration>(Request());
        using var client = Client(Prerender(Request()));

        var cut = client.Render<CookieDeclaration>();

        Assert.Contains(Policy.Options.ConsentCookie.Name, cut.Markup, StringComparison.Ordinal);
        cut.MarkupMatches(server.Markup);
    }

    [Fact]
    [Trait("Rule", "R4")]
    public void Gate_SameTextAsThePrerender_ReportsNothing()
    {
        var logs = new RecordingLoggerProvider();
        var request = Request(["analytics"]);
        using var client = Client(Prerender(request, p => p.Add(g => g.Category, "marketing")), logs: logs);

        client.Render<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent(Video));

        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    [Trait("Rule", "R4")]
    public void Gate_TextTheServerDidNotArchive_IsReportedAsAnError()
    {
        using var scope = new CultureScope("ar");
        var logs = new RecordingLoggerProvider();
        var request = Request(["analytics"]);
        using var client = Client(
            Prerender(request, p => p.Add(g => g.Category, "marketing")),
            texts: o => o.Override("ar", ConsentTextKeys.GateAllow, "اعرض المحتوى"),
            logs: logs);

        client.Render<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent(Video));

        var entry = Assert.Single(logs.Entries, e => e.EventName == "UnarchivedText");
        Assert.Equal(LogLevel.Error, entry.Level);
    }

    [Fact]
    [Trait("Rule", "C5")]
    public void NothingPersisted_OpensNoGate_ShowsNoBanner_AndDeclaresNothing()
    {
        using var client = Client(null);

        Assert.DoesNotContain("video", client.Render<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent(Video)).Markup, StringComparison.Ordinal);
        Assert.Equal(string.Empty, client.Render<CookieConsentBanner>().Markup.Trim());
        Assert.Empty(client.Render<CookieDeclaration>().FindAll("table"));
    }

    // The server half: render within the request, then persist as Blazor does at the end of a prerendered page.
    private ConsentPageState Prerender(Microsoft.AspNetCore.Http.HttpContext request, Action<ComponentParameterCollectionBuilder<ConsentGate>>? gate = null)
    {
        RenderWith(request, gate ?? (p => p.Add(g => g.Category, "necessary")));
        _serverStore.TriggerOnPersisting();
        Assert.True(_serverStore.TryTake<ConsentPageState>(ConsentStateAccessorTests.Key, out var state));
        return state!;
    }

    // The browser half: no Consent.AspNetCore service, only what a WebAssembly client registers.
    private static BunitContext Client(ConsentPageState? persisted, string uri = "/", Action<ConsentComponentsOptions>? texts = null, RecordingLoggerProvider? logs = null)
    {
        var client = new BunitContext();
        client.Services.AddSingleton<AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
        client.Services.AddCookieConsentComponents(texts);
        if (logs is not null)
        {
            client.Services.AddLogging(logging => logging.AddProvider(logs));
        }

        var store = client.AddBunitPersistentComponentState();
        client.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        if (persisted is not null)
        {
            store.Persist(ConsentStateAccessorTests.Key, persisted);
        }

        client.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return client;
    }

    // Every render gives each form a fresh submission key (issue 14); the rest of the form must be the same.
    private static string WithoutSubmissionKeys(string markup) =>
        System.Text.RegularExpressions.Regex.Replace(markup, "name=\"submissionKey\" value=\"[0-9a-f]{32}\"", "name=\"submissionKey\" value=\"\"");
}
