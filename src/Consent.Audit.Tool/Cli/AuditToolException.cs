namespace Consent.Audit.Tool;

/// <summary>A failure the user can act on: its message is printed as one line and the tool exits with its code.</summary>
internal sealed class AuditToolException : Exception
{
    public AuditToolException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public AuditToolException(int exitCode, string message, Exception innerException)
        : base(message, innerException) => ExitCode = exitCode;

    public AuditToolException()
    {
    }

    public AuditToolException(string message)
        : base(message)
    {
    }

    public AuditToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = ExitCodes.BadInput;
}
