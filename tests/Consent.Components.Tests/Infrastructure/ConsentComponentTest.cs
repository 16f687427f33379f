using Bunit;
using Consent.Abstractions;
using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Components.Tests;

/// <summary>
/// A bUnit context with consent and the components registered, rendering as static SSR does: within a request
/// (the <see cref="IHttpContextAccessor"/>'s) whose consent feature the test chooses, or as an interactive render
/// does, with no request.
/// </summary>
public abstract class ConsentComponentTest : BunitContext
{
    private Action<CookieConsentOptions>? _consent;
    private Action<ConsentComponentsOptions>? _components;
    private bool _built;

    protected ConsentComponentTest()
    {
        Services.AddSingleton<AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
    }

    protected InMemoryConsentTextArchive Archive => Services.GetRequiredService<InMemoryConsentTextArchive>();

    protected ConsentPolicy Policy
    {
        get
        {
            EnsureServices();
            return Services.GetRequiredService<ConsentPolicy>();
        }
    }

    /// <summary>Configures consent before the first render.</summary>
    protected void ConfigureConsent(Action<CookieConsentOptions> configure) => _consent += configure;

    /// <summary>Configures the components before the first render.</summary>
    protected void ConfigureComponents(Action<ConsentComponentsOptions> configure) => _components += configure;

    /// <summary>Stands in for the state Blazor persists from a prerendered page into its interactive render.</summary>
    protected Bunit.TestDoubles.BunitPersistentComponentState PersistentState()
    {
        EnsureServices();
        return this.AddBunitPersistentComponentState();
    }

    /// <summary>Navigates to a local URL, as if the page had been requested at it.</summary>
    protected void NavigateTo(string uri)
    {
        EnsureServices();
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
    }

    /// <summary>Renders a component with no request, as an interactive render does (on a circuit by default).</summary>
    protected IRenderedComponent<T> RenderInteractive<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null, string renderer = "Server")
        where T : IComponent
    {
        EnsureServices();
        SetRendererInfo(new RendererInfo(renderer, isInteractive: true));
        Services.GetRequiredService<IHttpContextAccessor>().HttpContext = null;
        return Render(parameters);
    }

    /// <summary>A request with no decision.</summary>
    protected HttpContext Request(bool gpc = false) => Request(null, gpc);

    /// <summary>A request whose decision grants the given categories (a custom choice).</summary>
    protected HttpContext Request(string[]? granted, bool gpc = false, ConsentMethod method = ConsentMethod.Custom, bool decidedUnderGpc = false)
    {
        EnsureServices();
        var policy = Policy;
        var decision = granted is null
            ? null
            : new ConsentDecision(ConsentId.New(), granted, policy.Revision, DateTimeOffset.UtcNow, decidedUnderGpc, method);
        var context = new DefaultHttpContext { RequestServices = Services };
        context.Features.Set<IConsentFeature>(new FakeConsentFeature(policy, decision, gpc));
        return context;
    }

    /// <summary>Renders a component as static SSR does, within the request.</summary>
    protected IRenderedComponent<T> RenderWith<T>(HttpContext request, Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : IComponent
    {
        EnsureServices();
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        Services.GetRequiredService<IHttpContextAccessor>().HttpContext = request;
        return Render(parameters);
    }

    private void EnsureServices()
    {
        if (_built)
        {
            return;
        }

        _built = true;
        Services.AddCookieConsent(o => _consent?.Invoke(o)).AddInMemoryAuditLog();
        Services.AddCookieConsentComponents(o => _components?.Invoke(o));
    }
}
