using System.Text;

namespace Consent.Storage.Tests.Hosting;

/// <summary>Builds a real <c>POST /consent</c>: fetches an antiforgery token from <c>/token</c> first, as the banner's page would.</summary>
internal static class DecisionRequests
{
    public static async Task<HttpRequestMessage> CreateAsync(HttpClient client, string action, string? user = null)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, "/token");
        AddUser(tokenRequest, user);
        using var tokenResponse = await client.SendAsync(tokenRequest);
        tokenResponse.EnsureSuccessStatusCode();
        var cookie = tokenResponse.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).Split(';')[0];

        var request = new HttpRequestMessage(HttpMethod.Post, "/consent")
        {
            Content = new StringContent($"{{\"action\":\"{action}\"}}", Encoding.UTF8, "application/json"),
        };
        AddUser(request, user);
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("RequestVerificationToken", await tokenResponse.Content.ReadAsStringAsync());
        return request;
    }

    /// <summary>Signs the request in as <paramref name="user"/> (see <c>HeaderAuthenticationHandler</c>).</summary>
    public static void AddUser(HttpRequestMessage request, string? user)
    {
        if (user is not null)
        {
            request.Headers.Add("X-User", user);
        }
    }
}
