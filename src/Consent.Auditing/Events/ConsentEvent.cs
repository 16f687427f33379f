using Consent.Abstractions;

namespace Consent.Auditing;

/// <summary>
/// One decision as the audit log keeps it: append-only, never overwritten (COMPLIANCE R1, R2).
/// Holds no names, e-mails or full IP addresses (R3).
/// </summary>
public sealed record ConsentEvent
{
    /// <summary>Gets the visitor's consent ID, the same as in their consent cookie.</summary>
    public required ConsentId ConsentId { get; init; }

    /// <summary>Gets when the decision was taken, in UTC.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Gets the kind of decision.</summary>
    public required ConsentEventType Type { get; init; }

    /// <summary>Gets the state of every category of the policy, in policy order.</summary>
    public required IReadOnlyList<ConsentCategoryState> Categories { get; init; }

    /// <summary>Gets the policy revision the decision was taken under.</summary>
    public required string PolicyRevision { get; init; }

    /// <summary>Gets the language the visitor was shown, as a culture name such as <c>ar</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the SHA-256 (64 lowercase hexadecimal digits) of the exact banner text shown, when known.</summary>
    public string? BannerTextHash { get; init; }

    /// <summary>Gets which control was used, such as <c>banner:accept-all</c> or <c>settings:save</c>.</summary>
    public required string Control { get; init; }

    /// <summary>Gets the host the decision was taken on.</summary>
    public required string Host { get; init; }

    /// <summary>Gets the path of the page the decision was taken on, without its query string.</summary>
    public required string Path { get; init; }

    /// <summary>Gets whether a Global Privacy Control signal was present.</summary>
    public required bool GlobalPrivacyControl { get; init; }

    /// <summary>Gets the truncated client address or its keyed hash; <see langword="null"/> unless enabled.</summary>
    public string? ClientAddress { get; init; }

    /// <summary>Gets the truncated user agent; <see langword="null"/> unless enabled.</summary>
    public string? UserAgent { get; init; }

    /// <summary>
    /// Gets the idempotency key of the form that posted the decision (<c>ConsentSubmissionKey</c>), or
    /// <see langword="null"/> for a submission without one. An event with a key is written as <c>consent-event/2</c>.
    /// </summary>
    public string? SubmissionKey { get; init; }
}
