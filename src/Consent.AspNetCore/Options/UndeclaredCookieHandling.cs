namespace Consent.AspNetCore;

/// <summary>What the middleware does with a <c>Set-Cookie</c> for a cookie the registry does not declare.</summary>
public enum UndeclaredCookieHandling
{
    /// <summary>Strip it from the response and log a warning that says how to declare it. The default.</summary>
    Block = 0,

    /// <summary>Let it through and log the same warning. Use only while inventorying a site's cookies.</summary>
    Allow = 1,
}
