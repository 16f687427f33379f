namespace Consent.AspNetCore;

/// <summary>What the page that took a decision tells about it: control, language, banner text, page, submission key.</summary>
/// <param name="Control">Which control was used, from a fixed vocabulary such as <c>banner:accept-all</c>.</param>
/// <param name="Language">The culture name of the text shown.</param>
/// <param name="BannerTextHash">The SHA-256 of the banner text shown, when the page sent it.</param>
/// <param name="PagePath">The path of the page, without query string.</param>
/// <param name="SubmissionKey">The form's idempotency key, when it sent one: a retry with it is answered from the first event.</param>
internal readonly record struct ConsentAuditDetails(string Control, string Language, string? BannerTextHash, string PagePath, string? SubmissionKey = null);
