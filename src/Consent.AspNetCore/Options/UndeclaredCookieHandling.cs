namespace Consent.AspNetCore;

/// <summary>What the middleware does with a <c>Set-Cookie</c> for a cookie the registry does not declare.</summary>
public enum UndeclaredCookieHandling
{
    /// <summary>Strip it from the response and log a warning that says how to declare it. The default.</summary>
    Block = 0,

    /// <summary>Let it through and log the same warning. Use only while inventorying a site's cookies.</summary>
    Allow = 1,

    /// <summary>
    /// Let it through only when the visitor granted every optional category (what ASP.NET Core's cookie policy
    /// called <c>CanTrack</c>), and log the same warning: for a site that adopts the library before it has declared
    /// every cookie. Under a Global Privacy Control signal, «أوافق» does not grant every category, so such a cookie
    /// stays blocked unless the visitor opted in to the sale/sharing categories too.
    /// </summary>
    AllowWhenAllGranted = 2,
}
