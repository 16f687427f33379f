namespace Consent.Auditing;

/// <summary>
/// A read found an event it cannot trust: its body cannot be decoded, or it was found through look-up columns that
/// differ from its hashed body. The result of the read must not be relied on; verify the chain.
/// </summary>
public sealed class ConsentAuditTamperedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConsentAuditTamperedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was found.</param>
    public ConsentAuditTamperedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What was found.</param>
    /// <param name="innerException">The cause.</param>
    public ConsentAuditTamperedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one event.</summary>
    /// <param name="sequence">The sequence number of the event.</param>
    /// <param name="message">What was found.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public ConsentAuditTamperedException(long sequence, string message, Exception? innerException = null)
        : base(message, innerException) => Sequence = sequence;

    /// <summary>Gets the sequence number of the event, when one event is at fault.</summary>
    public long? Sequence { get; }
}
