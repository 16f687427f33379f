using Consent.Auditing;

namespace Consent.AspNetCore;

/// <summary>
/// An event never names a banner text this server did not show in that language (COMPLIANCE R2, R4): the posted text
/// hash must be the key of a text in the archive, archived for the posted language. The server archives every text
/// when it renders it, so a genuine form always passes; a made-up hash, or the English text's hash posted as Arabic,
/// is refused before anything is recorded.
/// </summary>
internal static class PostedTextCheck
{
    /// <summary>Finds why the posted text cannot be recorded.</summary>
    /// <returns>The reason for a 400 answer, or <see langword="null"/> when the hash is absent or names a text shown in that language.</returns>
    public static async Task<string?> FindProblemAsync(IConsentTextArchive archive, ConsentAuditDetails details, CancellationToken cancellationToken)
    {
        if (details.BannerTextHash is not { } hash)
        {
            return null;
        }

        var archived = await archive.FindAsync(hash, cancellationToken).ConfigureAwait(false);
        if (archived is null)
        {
            return "The banner text this form names was never shown by this site. Reload the page and choose again.";
        }

        return string.Equals(archived.Language, details.Language, StringComparison.OrdinalIgnoreCase)
            ? null
            : "The banner text this form names was shown in another language than the form says. Reload the page and choose again.";
    }
}
