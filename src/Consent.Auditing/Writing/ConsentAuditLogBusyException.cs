namespace Consent.Auditing;

/// <summary>
/// Thrown when the audit log cannot accept an event in time (back-pressure). The event was not recorded and the
/// decision must not be taken; the consent endpoint answers 503 with <c>Retry-After</c>.
/// </summary>
public sealed class ConsentAuditLogBusyException : Exception
{
    /// <summary>Creates the exception with a default retry delay of one second.</summary>
    public ConsentAuditLogBusyException()
        : this("The consent audit log is busy; retry later.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public ConsentAuditLogBusyException(string message)
        : this(message, TimeSpan.FromSeconds(1))
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public ConsentAuditLogBusyException(string message, Exception innerException)
        : base(message, innerException) => RetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Creates the exception with a message and a retry delay.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="retryAfter">How long the client should wait before retrying.</param>
    public ConsentAuditLogBusyException(string message, TimeSpan retryAfter)
        : base(message) => RetryAfter = retryAfter;

    /// <summary>Gets how long the client should wait before retrying.</summary>
    public TimeSpan RetryAfter { get; }
}
