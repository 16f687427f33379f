using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Consent.Components;

/// <summary>Warns once per text and language that a configured text has no translation and is shown in the neutral language.</summary>
internal sealed class MissingTranslations
{
    private const int MaximumReported = 1024;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<(string What, string Name, string Language), byte> _reported = new();

    public MissingTranslations(ILoggerFactory loggerFactory) => _logger = loggerFactory.CreateLogger(Log.Category);

    public void Report(string what, string name, string language)
    {
        if (_reported.Count < MaximumReported && _reported.TryAdd((what, name, language), 0))
        {
            Log.MissingTranslation(_logger, language, what, name);
        }
    }
}
