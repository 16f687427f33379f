using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace Consent.Templates.Tests;

/// <summary>
/// A browser over a template site: it keeps cookies as a browser would, follows redirects, and submits the forms the
/// pages render (the banner's included), with the antiforgery token the page holds.
/// </summary>
public sealed partial class TemplateBrowser(IHost host)
{
    private static readonly Uri Base = new("http://localhost/");
    private readonly HttpClient _client = host.GetTestServer().CreateClient();

    public CookieContainer Jar { get; } = new();

    public IReadOnlyDictionary<string, string> Cookies => Jar.GetCookies(Base).ToDictionary(c => c.Name, c => c.Value);

    /// <summary>Gets the address of the page shown, where a form without an action posts.</summary>
    public Uri Location { get; private set; } = Base;

    /// <summary>Gets every <c>Set-Cookie</c> of the last navigation, redirects included.</summary>
    public List<string> SetCookies { get; } = [];

    public Task<string> GetAsync(string path) => NavigateAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Submits the form with <paramref name="formId"/> of <paramref name="page"/>, plus <paramref name="extra"/> fields.</summary>
    public Task<string> SubmitAsync(string page, string formId, params (string Name, string Value)[] extra)
    {
        var form = Regex.Match(page, $"<form[^>]*id=\"{formId}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"no form {formId} in the page");
        var action = ActionAttribute().Match(form.Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : "";
        var fields = HiddenInput().Matches(form.Groups[1].Value)
            .Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Concat(extra.Select(e => KeyValuePair.Create(e.Name, e.Value)));
        return NavigateAsync(new HttpRequestMessage(HttpMethod.Post, action.Length == 0 ? Location : new Uri(Location, action)) { Content = new FormUrlEncodedContent(fields) });
    }

    /// <summary>Clicks a first-layer button of the banner on <paramref name="page"/>: «أوافق» (accept-all) or «أرفض» (reject-all).</summary>
    public Task<string> DecideAsync(string page, string action) => SubmitAsync(page, "consent-banner-form", ("action", action));

    private async Task<string> NavigateAsync(HttpRequestMessage request)
    {
        SetCookies.Clear();
        for (var hops = 0; hops < 5; hops++)
        {
            var target = new Uri(Base, request.RequestUri!);
            var cookie = Jar.GetCookieHeader(target);
            if (cookie.Length > 0)
            {
                request.Headers.Add("Cookie", cookie);
            }

            using var response = await _client.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    SetCookies.Add(value);
                    Jar.SetCookies(target, value);
                }
            }

            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                request = new HttpRequestMessage(HttpMethod.Get, new Uri(target, location));
                continue;
            }

            Assert.True(response.IsSuccessStatusCode, $"{request.Method} {target} answered {(int)response.StatusCode}");
            Location = target;
            return await response.Content.ReadAsStringAsync();
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex ActionAttribute();

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"[^>]*>|<input[^>]*?value=\"(?<value>[^\"]*)\"[^>]*?name=\"(?<name>[^\"]+)\"[^>]*>", RegexOptions.Singleline)]
    private static partial Regex HiddenInput();
}
