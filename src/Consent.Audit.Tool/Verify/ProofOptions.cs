using System.CommandLine;
using System.Security.Cryptography;
using Consent.Audit.Tool.Localization;
using Consent.Auditing;

namespace Consent.Audit.Tool.Verify;

/// <summary>The options that say what a verification checks the log against: a checkpoint file and the site's public keys.</summary>
internal sealed class ProofOptions
{
    private readonly ToolLanguage _language;

    public ProofOptions(ToolLanguage language)
    {
        _language = language;
        Checkpoint = new("--checkpoint")
        {
            Description = language["Proof.Checkpoint"],
            HelpName = "FILE",
        };
        PublicKeys = new("--public-key")
        {
            Description = language["Proof.PublicKey"],
            HelpName = "PEM_FILE",
            AllowMultipleArgumentsPerToken = false,
        };
    }

    public Option<string?> Checkpoint { get; }

    public Option<string[]> PublicKeys { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Checkpoint);
        command.Options.Add(PublicKeys);
    }

    public async Task<(AuditVerificationOptions Options, CheckpointFile.Contents? File)> ReadAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var path = parse.GetValue(Checkpoint);
        var file = path is null ? null : await CheckpointFile.ReadAsync(path, _language, cancellationToken);
        var keys = LoadKeys(parse.GetValue(PublicKeys) ?? [], _language);
        return (new AuditVerificationOptions(file?.Checkpoint, keys), file);
    }

    public static IReadOnlyList<AuditVerificationKey>? LoadKeys(string[] paths, ToolLanguage language)
    {
        if (paths.Length == 0)
        {
            return null;
        }

        var keys = new List<AuditVerificationKey>();
        foreach (var path in paths)
        {
            try
            {
                keys.Add(AuditVerificationKey.FromPemFile(path));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or CryptographicException)
            {
                throw new AuditToolException(ExitCodes.BadInput, language.Format("Error.PublicKey", path, e.Message), e);
            }
        }

        return keys;
    }
}
