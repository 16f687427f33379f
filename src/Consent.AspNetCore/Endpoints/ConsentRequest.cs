namespace Consent.AspNetCore;

/// <summary>A consent request as posted by the banner form or by <c>fetch</c>, before validation.</summary>
internal sealed class ConsentRequest
{
    public string? Action { get; set; }

    public List<string> Categories { get; } = [];

    public string? ReturnUrl { get; set; }

    public string? Layer { get; set; }

    public string? Language { get; set; }

    public string? TextHash { get; set; }

    public string? SubmissionKey { get; set; }
}
