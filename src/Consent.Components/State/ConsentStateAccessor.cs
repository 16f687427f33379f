using Consent.AspNetCore;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Components;

/// <summary>
/// Gives components the visitor's consent. On the server the request's <see cref="IConsentFeature"/> is the truth;
/// it is also persisted with the prerendered page, so that the same scope's interactive render (which has no
/// <see cref="HttpContext"/>) reads the same state instead of guessing.
/// </summary>
internal sealed class ConsentStateAccessor : IDisposable
{
    private const string StateKey = "Consent.Components.State";
    private readonly PersistentComponentState? _persistentState;
    private ConsentSnapshot? _snapshot;
    private PersistingComponentStateSubscription? _subscription;

    public ConsentStateAccessor(IServiceProvider services) =>
        _persistentState = services.GetService<PersistentComponentState>();

    /// <summary>Gets the consent state, or <see langword="null"/> when it is unknown (no request and nothing persisted).</summary>
    /// <param name="httpContext">The request, during static or prerendering; <see langword="null"/> when interactive.</param>
    public ConsentSnapshot? Get(HttpContext? httpContext)
    {
        if (httpContext?.Features.Get<IConsentFeature>() is { } consent)
        {
            _snapshot = ConsentSnapshot.From(consent);
            _subscription ??= _persistentState?.RegisterOnPersisting(Persist);
            return _snapshot;
        }

        if (_snapshot is null && _persistentState is not null
            && _persistentState.TryTakeFromJson<ConsentSnapshot>(StateKey, out var restored))
        {
            _snapshot = restored;
        }

        return _snapshot;
    }

    public void Dispose() => _subscription?.Dispose();

    private Task Persist()
    {
        if (_snapshot is not null)
        {
            _persistentState!.PersistAsJson(StateKey, _snapshot);
        }

        return Task.CompletedTask;
    }
}
