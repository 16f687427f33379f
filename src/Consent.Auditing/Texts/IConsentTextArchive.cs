using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>
/// Keeps every distinct banner text once, by its hash, so that an auditor can read exactly what a visitor was
/// shown (COMPLIANCE R4). The banner archives its text when it renders and posts the hash with the decision.
/// </summary>
public interface IConsentTextArchive
{
    /// <summary>Stores the text unless a text with the same hash is already stored, and returns the hash.</summary>
    /// <param name="language">The culture name the text is in, such as <c>ar</c>.</param>
    /// <param name="text">The exact text shown.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The text's hash, as computed by <see cref="ConsentTextHash.Compute(string)"/>.</returns>
    ValueTask<string> ArchiveAsync(string language, string text, CancellationToken cancellationToken);

    /// <summary>Finds an archived text by its hash.</summary>
    /// <param name="hash">64 lowercase hexadecimal digits.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The text, or <see langword="null"/> when none has that hash.</returns>
    ValueTask<ArchivedConsentText?> FindAsync(string hash, CancellationToken cancellationToken);
}
