using Consent.Abstractions;

namespace Consent.Components;

/// <summary>
/// What only the server knows while it renders: the policy, the request's consent, its CSP nonce, and the archive of
/// shown texts. Consent.AspNetCore implements it; in WebAssembly there is none, and the components use what the
/// prerendered page persisted.
/// </summary>
public interface IConsentRequestContext
{
    /// <summary>Gets the site's consent policy.</summary>
    ConsentPolicyView Policy { get; }

    /// <summary>Gets the consent of the request being rendered, or <see langword="null"/> when there is no request or the consent middleware did not run for it.</summary>
    ConsentSnapshot? Visitor { get; }

    /// <summary>Gets the request's CSP nonce, when the host provides one.</summary>
    string? CspNonce { get; }

    /// <summary>Gets the token that fires when the request is aborted; none without a request.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>Archives a text shown to the visitor and returns its hash (COMPLIANCE R4).</summary>
    /// <param name="language">The culture name of the text.</param>
    /// <param name="text">The exact text.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<string> ArchiveShownTextAsync(string language, string text, CancellationToken cancellationToken);
}
