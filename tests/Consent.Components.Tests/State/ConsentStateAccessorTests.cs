using Bunit;

namespace Consent.Components.Tests.State;

/// <summary>
/// An interactive render has no request. The state read while prerendering must reach it, or gates would close and
/// the banner vanish the moment a page became interactive.
/// </summary>
public sealed class ConsentStateAccessorTests : ConsentComponentTest
{
    private const string Key = "Consent.Components.State";

    [Fact]
    public void Prerender_WithRequest_PersistsTheStateForTheInteractiveRender()
    {
        var store = PersistentState();
        RenderWith<ConsentGate>(Request(["analytics"], gpc: true), p => p.Add(g => g.Category, "analytics").AddChildContent("<p>x</p>"));

        store.TriggerOnPersisting();

        Assert.True(store.TryTake<ConsentSnapshot>(Key, out var snapshot));
        Assert.True(snapshot!.HasDecision);
        Assert.True(snapshot.GlobalPrivacyControl);
        Assert.Equal(["necessary", "analytics"], snapshot.Granted);
        Assert.NotNull(snapshot.ConsentId);
    }

    [Fact]
    public void InteractiveRender_PersistedGrant_OpensTheGate()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentSnapshot(true, ["necessary", "marketing"], false, "0123"));

        var cut = RenderInteractive<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent("<iframe id=\"video\"></iframe>"));

        Assert.NotNull(cut.Find("iframe#video"));
    }

    [Fact]
    public void InteractiveRender_PersistedRefusal_KeepsTheGateClosed_C5()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentSnapshot(true, ["necessary"], false, "0123"));

        var cut = RenderInteractive<ConsentGate>(p => p.Add(g => g.Category, "marketing").AddChildContent("<iframe id=\"video\"></iframe>"));

        Assert.DoesNotContain("video", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find(".consent-placeholder form button"));
    }

    [Fact]
    public void InteractiveRender_PersistedNoDecision_StillShowsTheBanner()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentSnapshot(false, ["necessary"], false, null));

        var cut = RenderInteractive<CookieConsentBanner>();

        Assert.NotNull(cut.Find("section#consent-banner form[method=post]"));
    }

    [Fact]
    public void InteractiveRender_PersistedDecision_ShowsNoBanner()
    {
        var store = PersistentState();
        store.Persist(Key, new ConsentSnapshot(true, ["necessary"], false, "0123"));

        Assert.Equal(string.Empty, RenderInteractive<CookieConsentBanner>().Markup.Trim());
    }
}
