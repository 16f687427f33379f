using System.Globalization;
using Consent.Abstractions;
using Consent.Auditing;

namespace Consent.Audit.Tool.Verify;

/// <summary>
/// A checkpoint kept outside the database (COMPLIANCE L3): the line <c>consent-checkpoint/1 &lt;count&gt; &lt;hash&gt;</c>
/// that <see cref="AuditCheckpoint.Parse(string)"/> reads, then comment lines starting with <c>#</c> (when it was taken, from which store).
/// </summary>
internal static class CheckpointFile
{
    public static async Task<AuditCheckpoint> ReadAsync(string path, CancellationToken cancellationToken)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AuditToolException(ExitCodes.BadInput, $"Cannot read the checkpoint file '{path}': {e.Message}", e);
        }

        var line = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith('#'));
        try
        {
            return AuditCheckpoint.Parse(line ?? string.Empty);
        }
        catch (FormatException e)
        {
            throw new AuditToolException(ExitCodes.BadInput, $"'{path}' is not a checkpoint file: {e.Message}", e);
        }
    }

    public static async Task WriteAsync(string path, AuditCheckpoint checkpoint, DateTimeOffset takenAt, string store, CancellationToken cancellationToken)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{checkpoint}\n# taken-at {UtcTimeText.Seconds(takenAt)}\n# store {store}\n# verify later with: consent-audit verify --sqlite FILE|--postgres CONNECTION --checkpoint {Path.GetFileName(path)}\n");
        await File.WriteAllTextAsync(path, text, cancellationToken);
    }
}
