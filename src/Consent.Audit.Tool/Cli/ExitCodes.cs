namespace Consent.Audit.Tool;

/// <summary>The exit codes of <c>consent-audit</c>, documented in the README for scripts.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>verify</c>, the chain is intact.</summary>
    public const int Ok = 0;

    /// <summary>The command line, a checkpoint file or a date range is wrong (also System.CommandLine's parse errors).</summary>
    public const int BadInput = 1;

    /// <summary>The chain does not verify: an event was edited, inserted, deleted, reordered or the log was truncated.</summary>
    public const int Tampered = 2;

    /// <summary>The store cannot be opened or read: missing or locked file, wrong connection string, server down, not an audit log.</summary>
    public const int StoreUnreadable = 3;

    /// <summary><c>show</c> found no event for the consent ID.</summary>
    public const int NotFound = 4;
}
