namespace Consent.Auditing;

/// <summary>The audit store cannot be opened: no such file, an invalid connection string, or not an audit log.</summary>
public sealed class ConsentAuditStoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConsentAuditStoreUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message that says what is wrong and how to fix it.</summary>
    /// <param name="message">The message.</param>
    public ConsentAuditStoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConsentAuditStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
