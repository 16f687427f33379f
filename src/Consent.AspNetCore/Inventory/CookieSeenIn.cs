namespace Consent.AspNetCore;

/// <summary>Where the inventory saw an undeclared cookie.</summary>
internal enum CookieSeenIn
{
    /// <summary>In a <c>Set-Cookie</c> header of a response: the server, or code running in it, wrote it.</summary>
    SetCookie = 0,

    /// <summary>In a request's <c>Cookie</c> header: the browser holds it, whoever wrote it.</summary>
    Request = 1,

    /// <summary>Written by a script in the page, as the browser guard reports it.</summary>
    Script = 2,
}
