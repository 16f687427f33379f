using System.Diagnostics.CodeAnalysis;
using Consent.Abstractions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consent.Components;

/// <summary>
/// Gives components the policy and the visitor's consent. While the server renders a request (static SSR or
/// prerendering) the request is the truth, and that state is persisted with the page, so that the same page's
/// interactive render, on the server's circuit or in WebAssembly, reads the same state instead of guessing.
/// </summary>
internal sealed class ConsentStateAccessor : IDisposable
{
    private const string StateKey = "Consent.Components.State";
    private const DynamicallyAccessedMemberTypes JsonMembers = DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties;
    private readonly IConsentRequestContext? _request;
    private readonly PersistentComponentState? _persistentState;
    private readonly NavigationManager? _navigation;
    private readonly ILogger _logger;
    private readonly HashSet<string> _archived = new(StringComparer.Ordinal);
    private ConsentPageState? _state;
    private PersistingComponentStateSubscription? _subscription;

    public ConsentStateAccessor(IServiceProvider services)
    {
        _request = services.GetService<IConsentRequestContext>();
        _persistentState = services.GetService<PersistentComponentState>();
        _navigation = services.GetService<NavigationManager>();
        _logger = services.GetService<ILoggerFactory>()?.CreateLogger(Log.Category) ?? NullLogger.Instance;
    }

    /// <summary>
    /// Gets the state to render from, or <see langword="null"/> when nothing is known (in WebAssembly with nothing
    /// persisted). <see cref="ConsentPageState.Visitor"/> is <see langword="null"/> when the visitor's consent is unknown.
    /// </summary>
    /// <param name="renderer">The component's renderer: only a non-interactive render has a request.</param>
    // The persisted state is read back by reflection; keep its nested records when a WebAssembly app is trimmed.
    [DynamicDependency(JsonMembers, typeof(ConsentPolicyView))]
    [DynamicDependency(JsonMembers, typeof(ConsentCategoryView))]
    [DynamicDependency(JsonMembers, typeof(DeclaredCookieView))]
    [DynamicDependency(JsonMembers, typeof(ConsentSnapshot))]
    public ConsentPageState? Get(RendererInfo renderer)
    {
        if (!renderer.IsInteractive && _request is not null)
        {
            // Persisted even when the visitor's consent is unknown: the policy alone still fills a cookie table.
            _state = new ConsentPageState(_request.Policy, _request.Visitor);
            // InteractiveAuto: into the circuit's state and the WebAssembly state alike, whichever the page has.
            _subscription ??= _persistentState?.RegisterOnPersisting(Persist, RenderMode.InteractiveAuto);
            return _state;
        }

        if (_state is null && _persistentState is not null
            && _persistentState.TryTakeFromJson<ConsentPageState>(StateKey, out var restored))
        {
            _state = restored;
        }

        // On a circuit the policy is known even when nothing was persisted; the visitor's consent is not (C5).
        return _state ?? (_request is null ? null : new ConsentPageState(_request.Policy, null));
    }

    /// <summary>
    /// Records a text about to be shown and returns the hash a decision posts with it (COMPLIANCE R4): archived on the
    /// server; in WebAssembly only hashed, since its prerendered page already archived the same text.
    /// </summary>
    /// <param name="renderer">The component's renderer: only a non-interactive render has a request to be aborted.</param>
    /// <param name="language">The culture name of the text.</param>
    /// <param name="text">The exact text.</param>
    public async Task<string> RecordShownTextAsync(RendererInfo renderer, string language, string text)
    {
        if (_request is not null)
        {
            var archived = await _request.ArchiveShownTextAsync(language, text, renderer.IsInteractive ? CancellationToken.None : _request.RequestAborted);
            _archived.Add(archived);
            return archived;
        }

        // In the browser: the same text as the prerender has the hash the server archived. A different one (overrides
        // or a culture the client lacks) would be posted with a hash no auditor can read, so say so loudly.
        var hash = ConsentTextHash.Compute(text);
        if (_state?.ArchivedTexts is { } known && !known.Contains(hash, StringComparer.Ordinal))
        {
            Log.UnarchivedText(_logger, language, hash);
        }

        return hash;
    }

    /// <summary>
    /// Gets the CSP nonce for a script: the explicit one, else the request's while one is being rendered. An
    /// interactive render has no request of its own (a circuit's would be its connection's).
    /// </summary>
    /// <param name="renderer">The component's renderer.</param>
    /// <param name="explicitNonce">The nonce the page passed, if any.</param>
    public string? Nonce(RendererInfo renderer, string? explicitNonce) =>
        !string.IsNullOrEmpty(explicitNonce) ? explicitNonce : renderer.IsInteractive ? null : _request?.CspNonce;

    public void Dispose() => _subscription?.Dispose();

    private Task Persist()
    {
        if (_state is not null)
        {
            // The WebAssembly state is plain text in the page: the consent ID goes only where the settings layer,
            // which shows it, is open (R3).
            var state = _state.Visitor is { ConsentId: not null } visitor && !SettingsRequested()
                ? _state with { Visitor = visitor with { ConsentId = null } }
                : _state;
            state = state with { ArchivedTexts = [.. _archived] };
            _persistentState!.PersistAsJson(StateKey, state);
        }

        return Task.CompletedTask;
    }

    private bool SettingsRequested() => _navigation is not null && PreferencesUrl.IsRequested(_navigation);
}
