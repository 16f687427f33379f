using System.CommandLine;
using System.Security.Cryptography;
using Consent.Auditing;

namespace Consent.Audit.Tool.Verify;

/// <summary>The options that say what a verification checks the log against: a checkpoint file and the site's public keys.</summary>
internal sealed class ProofOptions
{
    public Option<string?> Checkpoint { get; } = new("--checkpoint")
    {
        Description = "A checkpoint file written earlier by `checkpoint --out`; the log must extend it.",
        HelpName = "FILE",
    };

    public Option<string[]> PublicKeys { get; } = new("--public-key")
    {
        Description = "The site's public key (PEM, ECDSA P-256); repeat for every key the site has signed with. Every event must then be covered by a valid signature.",
        HelpName = "PEM_FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Checkpoint);
        command.Options.Add(PublicKeys);
    }

    public async Task<(AuditVerificationOptions Options, CheckpointFile.Contents? File)> ReadAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var path = parse.GetValue(Checkpoint);
        var file = path is null ? null : await CheckpointFile.ReadAsync(path, cancellationToken);
        var keys = LoadKeys(parse.GetValue(PublicKeys) ?? []);
        return (new AuditVerificationOptions(file?.Checkpoint, keys), file);
    }

    public static IReadOnlyList<AuditVerificationKey>? LoadKeys(string[] paths)
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
                throw new AuditToolException(ExitCodes.BadInput, $"Cannot use the public key '{path}': {e.Message}", e);
            }
        }

        return keys;
    }
}
