using System.Collections.Concurrent;
using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>Keeps archived banner texts in memory. For tests and demos: nothing survives a restart.</summary>
public sealed class InMemoryConsentTextArchive : IConsentTextArchive
{
    private readonly ConcurrentDictionary<string, ArchivedConsentText> _texts = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates the archive.</summary>
    /// <param name="time">The clock that dates first sightings.</param>
    public InMemoryConsentTextArchive(TimeProvider time) => _time = time;

    /// <summary>Gets a snapshot of the archived texts.</summary>
    public IReadOnlyCollection<ArchivedConsentText> Texts => [.. _texts.Values];

    /// <inheritdoc />
    public ValueTask<string> ArchiveAsync(string language, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        var hash = ConsentTextHash.Compute(text);
        _texts.TryAdd(hash, new ArchivedConsentText(hash, language, text, _time.GetUtcNow()));
        return ValueTask.FromResult(hash);
    }

    /// <inheritdoc />
    public ValueTask<ArchivedConsentText?> FindAsync(string hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_texts.TryGetValue(hash, out var text) ? text : null);
}
