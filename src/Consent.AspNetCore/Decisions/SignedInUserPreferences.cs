using System.Security.Claims;
using Consent.Abstractions;
using Consent.Auditing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore;

/// <summary>
/// Lets a signed-in user's latest decision follow them: saved against their user ID when they decide, restored (and
/// the consent cookie re-issued) when they arrive without a valid cookie. Anonymous visitors are never looked up.
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

    public async Task RestoreAsync(HttpContext context, ConsentFeature feature)
    {
        // The user is checked first so that anonymous requests never make the cookie be read early.
        if (_store is null || UserIdOf(context.User) is not { } userId || feature.StoredStatus == ConsentCookieStatus.Valid)
        {
            return;
        }

        try
        {
            if (await _store.FindAsync(userId, context.RequestAborted).ConfigureAwait(false) is { } preference)
            {
                feature.Restore(preference);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Without the stored preference the visitor is simply asked again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.PreferenceFailed(_logger, exception);
        }
    }

    public async Task SaveAsync(HttpContext context, ConsentDecision decision)
    {
        if (_store is null || UserIdOf(context.User) is not { } userId)
        {
            return;
        }

        try
        {
            await _store.SaveAsync(userId, ConsentPreference.From(decision), CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The decision is recorded and applied; only its server-side copy is missing.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.PreferenceFailed(_logger, exception);
        }
    }

    private static string? UserIdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? user.Identity.Name
            : null;
}
