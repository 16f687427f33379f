using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>The <see cref="IResponseCookies"/> side of the feature: it passes writes through and remembers essential names.</summary>
internal sealed partial class ConsentFeature : IResponseCookies
{
    IResponseCookies IResponseCookiesFeature.Cookies => this;

    IResponseCookies IConsentRequestState.ServerCookies => Inner;

    /// <summary>The names appended with <see cref="CookieOptions.IsEssential"/> so far.</summary>
    private ReadOnlySpan<string> AppendedAsEssential => CollectionsMarshal.AsSpan(_essentialNames);

    /// <summary>
    /// The cookies feature the server provided; when it provided none, one is created only when a cookie is actually
    /// written (one field for both keeps the per-request object small).
    /// </summary>
    private IResponseCookies Inner => (_inner ??= new ResponseCookiesFeature(_context.Features)).Cookies;

    public void Append(string key, string value) => Inner.Append(key, value);

    public void Append(string key, string value, CookieOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_services.CookiePolicy.IsPolicyConsentCookie(key))
        {
            // A cookie policy placed after UseCookieConsent() granting consent: it becomes the library's decision.
            GrantConsent();
            return;
        }

        NoteEssential(key, options);
        Inner.Append(key, value, options);
    }

    public void Append(ReadOnlySpan<KeyValuePair<string, string>> keyValuePairs, CookieOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var pair in keyValuePairs)
        {
            NoteEssential(pair.Key, options);
        }

        Inner.Append(keyValuePairs, options);
    }

    public void Delete(string key) => Inner.Delete(key);

    public void Delete(string key, CookieOptions options)
    {
        if (_services.CookiePolicy.IsPolicyConsentCookie(key))
        {
            WithdrawConsent();
            return;
        }

        Inner.Delete(key, options);
    }

    private void NoteEssential(string key, CookieOptions options)
    {
        if (options.IsEssential)
        {
            (_essentialNames ??= []).Add(key);
        }
    }
}
