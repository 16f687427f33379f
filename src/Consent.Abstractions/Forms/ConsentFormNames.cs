// The form contract is shared by the endpoint (server) and the components (server and WebAssembly), so it lives in
// the browser-safe assembly; it keeps the endpoint's namespace because that is where a banner of your own looks.
namespace Consent.Abstractions;

/// <summary>
/// The field names and values the consent endpoint reads, from an HTML form or the same names in JSON.
/// A banner of your own posts these; the shipped components use them too.
/// </summary>
public static class ConsentFormNames
{
    /// <summary>The field that says what to do: <see cref="AcceptAll"/>, <see cref="RejectAll"/> or <see cref="Save"/>.</summary>
    public const string Action = "action";

    /// <summary>The repeated field with the keys of the granted categories, for <see cref="Save"/>.</summary>
    public const string Categories = "categories";

    /// <summary>The local URL to return to with 303 See Other.</summary>
    public const string ReturnUrl = "returnUrl";

    /// <summary>
    /// Which layer the control was on: <see cref="BannerLayer"/>, <see cref="SettingsLayer"/>,
    /// <see cref="PlaceholderLayer"/>, <see cref="PageLayer"/> or <see cref="ApiLayer"/>.
    /// </summary>
    public const string Layer = "layer";

    /// <summary>The culture name of the text shown.</summary>
    public const string Language = "language";

    /// <summary>The SHA-256 of the text shown (see <see cref="ConsentTextHash"/>).</summary>
    public const string TextHash = "textHash";

    /// <summary>
    /// The idempotency key of one rendered form (<see cref="ConsentSubmissionKey"/>): a retry with the same key is
    /// answered from the first record, not recorded twice. Optional; a present key must be well formed.
    /// </summary>
    public const string SubmissionKey = "submissionKey";

    /// <summary>«أوافق»: grant every optional category.</summary>
    public const string AcceptAll = "accept-all";

    /// <summary>«أرفض»: refuse every optional category.</summary>
    public const string RejectAll = "reject-all";

    /// <summary>Save a choice per category.</summary>
    public const string Save = "save";

    /// <summary>The <see cref="Layer"/> of the banner's first layer; the default for a form that names none.</summary>
    public const string BannerLayer = "banner";

    /// <summary>The <see cref="Layer"/> of the banner's settings layer, with a switch per category.</summary>
    public const string SettingsLayer = "settings";

    /// <summary>The <see cref="Layer"/> of a gate's placeholder, which allows one category in place.</summary>
    public const string PlaceholderLayer = "placeholder";

    /// <summary>The <see cref="Layer"/> of a form on a page of the site's own, such as its privacy page.</summary>
    public const string PageLayer = "page";

    /// <summary>The <see cref="Layer"/> of a call from script; the default for JSON that names none.</summary>
    public const string ApiLayer = "api";
}
