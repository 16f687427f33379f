using Consent.Abstractions;
using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>Writes the consent cookie of a decision with the attributes the options ask for.</summary>
internal sealed class ConsentCookieWriter
{
    private readonly ConsentCookieCodec _codec;
    private readonly CookieConsentOptions _options;

    public ConsentCookieWriter(ConsentCookieCodec codec, ConsentPolicy policy)
    {
        _codec = codec;
        _options = policy.Options;
    }

    public void Append(IResponseCookies cookies, ConsentDecision decision, bool isHttps) =>
        cookies.Append(_options.ConsentCookie.Name, _codec.Encode(decision), CookieOptions(isHttps));

    /// <summary>The <c>Set-Cookie</c> value that <see cref="Append"/> would write.</summary>
    public string CreateHeader(ConsentDecision decision, bool isHttps) =>
        CookieOptions(isHttps).CreateCookieHeader(_options.ConsentCookie.Name, _codec.Encode(decision)).ToString();

    /// <summary>The <c>Set-Cookie</c> value that expires the consent cookie, with the attributes it is written with.</summary>
    public string CreateDeletionHeader(bool isHttps)
    {
        var options = CookieOptions(isHttps);
        options.MaxAge = null;
        options.Expires = DateTimeOffset.UnixEpoch;
        return options.CreateCookieHeader(_options.ConsentCookie.Name, string.Empty).ToString();
    }

    private CookieOptions CookieOptions(bool isHttps)
    {
        var cookie = _options.ConsentCookie;
        return new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            Path = "/",
            Domain = cookie.Domain,
            SameSite = cookie.SameSite,
            Secure = cookie.SecurePolicy switch
            {
                CookieSecurePolicy.Always => true,
                CookieSecurePolicy.None => false,
                _ => isHttps,
            },
            MaxAge = _options.ConsentLifetime,
        };
    }
}
