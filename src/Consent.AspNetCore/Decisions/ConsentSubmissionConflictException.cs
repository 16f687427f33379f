namespace Consent.AspNetCore;

/// <summary>
/// A submission reused the key of one already recorded with another choice: a retry posts what it first posted, so
/// this is not a retry, and it is neither recorded nor applied (the endpoint answers 409 Conflict).
/// </summary>
internal sealed class ConsentSubmissionConflictException : Exception
{
    public ConsentSubmissionConflictException()
        : base("This form was already submitted with another choice. Reload the page and choose again.")
    {
    }

    public ConsentSubmissionConflictException(string message)
        : base(message)
    {
    }

    public ConsentSubmissionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
