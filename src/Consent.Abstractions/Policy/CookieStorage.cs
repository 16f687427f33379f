namespace Consent.Abstractions;

/// <summary>
/// Where a declared name lives in the browser: a cookie, or a key of <c>localStorage</c> or <c>sessionStorage</c>.
/// Storage keys need consent as cookies do (ePrivacy Art. 5(3) covers any storing on the visitor's device); only the
/// browser can see them, so only <c>&lt;ConsentCookieGuard /&gt;</c> enforces them.
/// </summary>
public enum CookieStorage
{
    /// <summary>An HTTP cookie, set by the server or by script. The default.</summary>
    Cookie = 0,

    /// <summary>A key of <c>window.localStorage</c>.</summary>
    LocalStorage = 1,

    /// <summary>A key of <c>window.sessionStorage</c>.</summary>
    SessionStorage = 2,
}
