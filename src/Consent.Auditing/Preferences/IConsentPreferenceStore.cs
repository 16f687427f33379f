namespace Consent.Auditing;

/// <summary>
/// Keeps the latest decision of each signed-in user against their user ID, so that on a new device the consent cookie
/// is re-issued instead of asking again. Anonymous visitors never reach it: they stay cookie-only.
/// </summary>
public interface IConsentPreferenceStore
{
    /// <summary>Finds the user's latest decision.</summary>
    /// <param name="userId">The site's identifier of the user.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The preference, or <see langword="null"/> when the user has none.</returns>
    ValueTask<ConsentPreference?> FindAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Stores the user's decision unless a later one is already stored.</summary>
    /// <param name="userId">The site's identifier of the user.</param>
    /// <param name="preference">The decision.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the preference is stored.</returns>
    ValueTask SaveAsync(string userId, ConsentPreference preference, CancellationToken cancellationToken);
}
