using System.Collections.Concurrent;
using Consent.Abstractions;
using Consent.Auditing;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore;

/// <summary>
/// Archives a text the visitor is shown and returns the hash to post with their decision (COMPLIANCE R4).
/// A text already archived by this process is not written again, so showing the banner costs no database
/// round trip once its text is known.
/// </summary>
internal sealed class ShownTextArchive
{
    private const int MaximumRemembered = 256;
    private readonly IConsentTextArchive _archive;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, string> _archived = new(StringComparer.Ordinal);

    public ShownTextArchive(IConsentTextArchive archive, ILoggerFactory loggerFactory)
    {
        _archive = archive;
        _logger = loggerFactory.CreateLogger(Log.Category);
    }

    /// <summary>
    /// Archives <paramref name="text"/> and returns its hash. If the archive cannot be written, the page is still
    /// shown and the write is retried on the next render.
    /// </summary>
    public async Task<string> ArchiveAsync(string language, string text, CancellationToken cancellationToken)
    {
        if (_archived.TryGetValue(text, out var known))
        {
            return known;
        }

        try
        {
            var hash = await _archive.ArchiveAsync(language, text, cancellationToken);
            if (_archived.Count < MaximumRemembered)
            {
                _archived.TryAdd(text, hash);
            }

            return hash;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.TextArchiveFailed(_logger, exception);
            return ConsentTextHash.Compute(text);
        }
    }
}
