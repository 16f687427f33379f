using System.Globalization;
using Consent.Abstractions;
using Consent.Audit.Tool.Localization;
using Consent.Auditing;

namespace Consent.Audit.Tool.Verify;

/// <summary>
/// A checkpoint kept outside the database (COMPLIANCE L3): the line <c>consent-checkpoint/1 &lt;count&gt; &lt;hash&gt;</c>
/// that <see cref="AuditCheckpoint.Parse(string)"/> reads, optionally the line
/// <c>consent-checkpoint-signature/1 &lt;key id&gt; &lt;signed at&gt; &lt;signature hex&gt;</c>, then comment lines starting
/// with <c>#</c> (when it was taken, from which store), which nothing reads.
/// </summary>
internal static class CheckpointFile
{
    public const string SignatureTag = "consent-checkpoint-signature/1";

    public static async Task<Contents> ReadAsync(string path, ToolLanguage language, CancellationToken cancellationToken)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AuditToolException(ExitCodes.BadInput, language.Format("Error.CheckpointUnreadable", path, e.Message), e);
        }

        var content = lines.Where(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith('#')).ToList();
        try
        {
            var checkpoint = AuditCheckpoint.Parse(content.FirstOrDefault() ?? string.Empty);
            return content.Count switch
            {
                1 => new Contents(checkpoint, null),
                2 => new Contents(checkpoint, ParseSignature(checkpoint, content[1], language)),
                _ => throw new FormatException(language.Format("Error.CheckpointExtraLines", SignatureTag)),
            };
        }
        catch (FormatException e)
        {
            throw new AuditToolException(ExitCodes.BadInput, language.Format("Error.NotACheckpoint", path, e.Message), e);
        }
    }

    public static async Task WriteAsync(string path, AuditCheckpoint checkpoint, AuditSignature? signature, DateTimeOffset takenAt, string store, CancellationToken cancellationToken)
    {
        var signed = signature is null ? string.Empty : $"{SignatureTag} {signature.KeyId} {signature.SignedAt} {Convert.ToHexStringLower(signature.Value)}\n";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{checkpoint}\n{signed}# taken-at {UtcTimeText.Seconds(takenAt)}\n# store {store}\n# verify later with: consent-audit verify --sqlite FILE|--postgres CONNECTION --checkpoint {Path.GetFileName(path)}{(signature is null ? string.Empty : " --public-key PUBLIC_KEY.pem")}\n");
        await File.WriteAllTextAsync(path, text, cancellationToken);
    }

    private static AuditSignature ParseSignature(AuditCheckpoint checkpoint, string line, ToolLanguage language)
    {
        var parts = line.Trim().Split(' ');
        if (parts.Length != 4 || parts[0] != SignatureTag || parts[1].Length == 0 || parts[2].Length == 0
            || parts[3].Length % 2 != 0 || !parts[3].All(char.IsAsciiHexDigitLower))
        {
            throw new FormatException(language.Format("Error.CheckpointSignatureLine", SignatureTag));
        }

        return new AuditSignature(checkpoint.Count, checkpoint.HeadHash, parts[2], parts[1], Convert.FromHexString(parts[3]));
    }

    /// <summary>What a checkpoint file holds.</summary>
    /// <param name="Checkpoint">The checkpoint.</param>
    /// <param name="Signature">Its signature, when it was signed with <c>checkpoint --private-key</c>.</param>
    public sealed record Contents(AuditCheckpoint Checkpoint, AuditSignature? Signature);
}
