using Consent.AspNetCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Components;

/// <summary>Archives a text the visitor is shown and returns the hash to post with their decision (COMPLIANCE R4).</summary>
internal static class ShownTextArchive
{
    /// <summary>
    /// Archives <paramref name="text"/> when an archive is registered (on the server); otherwise only hashes it.
    /// </summary>
    public static async Task<string> ArchiveAsync(IServiceProvider services, string language, string text, CancellationToken cancellationToken)
    {
        var archive = services.GetService<IConsentTextArchive>();
        return archive is null
            ? ConsentTextHash.Compute(text)
            : await archive.ArchiveAsync(language, text, cancellationToken);
    }
}
