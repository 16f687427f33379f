using Bunit;
using Consent.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Components.Tests.State;

/// <summary>
/// An interactive render has no request. The state read while prerendering must reach it, or gates would close and
/// the banner vanish the moment a page became interactive.
/// </summary>
public sealed class ConsentStateAccessorTests : ConsentComponentTest
{
    internal const string Key = "Consent.Components.State";

    private ConsentPolicyView PolicyView => Services.GetRequiredService<IConsentRequestContext>().Policy;

    [Fact]
    [Trait("Rule", "R3")]
    public void Prerender_WithRequest_PersistsThePolicyAndTheVisitorsConsentButNotItsId()
    {
        var store = PersistentState();
        RenderWith<ConsentGate>(Request(["analytics"], gpc: true), p => p.Add(g => g.Category, "analytics").AddChildContent("<p>x</p>"));

        store.TriggerOnPersisting();

        Assert.True(store.TryTake<ConsentPageState>(Key, out var state));
        var visitor = state!.Visitor!;
        Assert.True(visitor.HasDecision);
        Assert.True(visitor.GlobalPrivacyControl);
        Assert.Equal(["necessary", "analytics"], visitor.Granted);
        Assert.Null(visitor.ConsentId);
        Assert.Equal(["necessary", "functional", "analytics", "marketing"], state.Policy.Categories.Select(c => c.Key));
        Assert.Equal(Policy.Options.EndpointPath, state.Policy.EndpointPath);
        Assert.Contains(state.Policy.CookiesOf("necessary"), c => c.Name == Policy.Options.ConsentCookie.Name);
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void Prerender_SettingsLayerOpen_PersistsTheConsentIdItShows()
    {
        var store = PersistentState();
        NavigateTo("/?consent=settings");
        RenderWith<CookieConsentBanner>(Request(["analytics"]));

        store.TriggerOnPersisting();

        Assert.True(store.TryTake<ConsentPageState>(Key, out var state));
        Assert.NotNull(state!.Visitor!.ConsentId);
    }

    [Fact]
    [Trait("Rule", "C11")]
    public void Prerender_WithoutTheConsentMiddleware_StillPersistsThePolicy()
    {
        var store = PersistentState();
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = Services };
        RenderWith<CookieDeclaration>(request);

        store.TriggerOnPersisting();

        Assert.True(store.TryTake<ConsentPageState>(Key, out var state));
        Assert.Null(state!.Visitor);
        Assert.NotEmpty(state.Policy.CookiesOf("necessary"));
    }

    [Fact]
    public void InteractiveRender_OnACircuit_DoesNotTakeTheConnectionsNonce()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentPageState(PolicyView, new ConsentSnapshot(true, ["necessary", "analytics"], false, null)));
        var connection = Request(["analytics"]);
        connection.Items["csp-nonce"] = "connection-nonce";
        Services.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext = connection;

        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var cut = Render<ConsentScript>(p => p.Add(s => s.Category, "analytics").Add(s => s.Src, "/a.js"));

        Assert.False(cut.Find("script").HasAttribute("nonce"));
    }

    [Fact]
    public void InteractiveRender_PersistedGrant_OpensTheGate()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentPageState(PolicyView, new ConsentSnapshot(true, ["necessary", "marketing"], false, "0123")));

        var cut = RenderInteractive<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent("<iframe id=\"video\"></iframe>"));

        Assert.NotNull(cut.Find("iframe#video"));
    }

    [Fact]
    [Trait("Rule", "C5")]
    public void InteractiveRender_PersistedRefusal_KeepsTheGateClosed()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentPageState(PolicyView, new ConsentSnapshot(true, ["necessary"], false, "0123")));

        var cut = RenderInteractive<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent("<iframe id=\"video\"></iframe>"));

        Assert.DoesNotContain("video", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find(".consent-placeholder form button"));
    }

    [Fact]
    [Trait("Rule", "C5")]
    public void InteractiveRender_NothingPersisted_KeepsTheGateClosed()
    {
        PersistentState();

        var cut = RenderInteractive<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent("<iframe id=\"video\"></iframe>"));

        Assert.DoesNotContain("video", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void InteractiveRender_PersistedNoDecision_StillShowsTheBanner()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentPageState(PolicyView, new ConsentSnapshot(false, ["necessary"], false, null)));

        var cut = RenderInteractive<CookieConsentBanner>();

        Assert.NotNull(cut.Find("section#consent-banner form[method=post]"));
    }

    [Fact]
    public void InteractiveRender_PersistedDecision_ShowsNoBanner()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentPageState(PolicyView, new ConsentSnapshot(true, ["necessary"], false, "0123")));

        Assert.Equal(string.Empty, RenderInteractive<CookieConsentBanner>().Markup.Trim());
    }

    [Fact]
    public void InteractiveRender_OnTheServer_IgnoresTheRequestOfTheCircuitAndUsesThePersistedState()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentPageState(PolicyView, new ConsentSnapshot(true, ["necessary"], false, "0123")));
        var circuitRequest = Request(["marketing"]);
        Services.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext = circuitRequest;

        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var cut = Render<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent("<iframe id=\"video\"></iframe>"));

        Assert.DoesNotContain("video", cut.Markup, StringComparison.Ordinal);
    }
}
