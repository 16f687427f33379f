using System.Security.Claims;
using Consent.Abstractions;
using Consent.Auditing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore;

/// <summary>
/// The store of signed-in users' latest decisions, when the site has one: a user's decision is saved against their
/// user ID and found again on another device. Anonymous visitors are never looked up. A failing store is logged and
/// treated as empty: the visitor is then simply asked again.
/// </summary>
internal sealed class SignedInUserPreferences
{
    private readonly IConsentPreferenceStore? _store;
    private readonly ILogger _logger;

    public SignedInUserPreferences(IConsentPreferenceStore? store, ILogger logger)
    {
        _store = store;
        _logger = logger;
    }

    public bool IsEnabled => _store is not null;

    /// <summary>Gets the signed-in user's ID, or <see langword="null"/> when the visitor is anonymous or there is no store.</summary>
    public string? UserIdOf(HttpContext context) =>
        _store is not null && context.User is { Identity.IsAuthenticated: true } user
            ? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? user.Identity.Name
            : null;

    public async Task<ConsentPreference?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await _store!.FindAsync(userId, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Without the stored preference the visitor is simply asked again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.PreferenceFailed(_logger, exception);
            return null;
        }
    }

    public async Task SaveAsync(HttpContext context, ConsentDecision decision)
    {
        if (UserIdOf(context) is not { } userId)
        {
            return;
        }

        try
        {
            await _store!.SaveAsync(userId, ConsentPreference.From(decision), CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The decision is recorded and applied; only its server-side copy is missing.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.PreferenceFailed(_logger, exception);
        }
    }
}
