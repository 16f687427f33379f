using System.Web;
using Consent.Abstractions;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// Issue 14, in a real browser against the real sample: the banner's form is submitted, the answer never reaches the
/// browser, and the same form is posted again. The log keeps one event, and the retry gets the first one's consent.
/// </summary>
[Collection(BrowserScenarios.Name)]
public sealed class SubmissionRetryTests(BrowserFixture fixture)
{
    [Fact]
    [Trait("Rule", "R1")]
    public async Task Resubmit_SameBannerFormAfterTheAnswerWasLost_RecordsOneEventAndAnswersFromIt()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;
        string? posted = null;
        var delivered = new TaskCompletionSource<IAPIResponse>(TaskCreationOptions.RunContinuationsAsynchronously);

        // The request reaches the server; its answer (the 303 and the consent cookie) is dropped on the way back.
        await page.RouteAsync("**/consent", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }

            posted = route.Request.PostData;
            var answer = await route.FetchAsync(new() { MaxRedirects = 0 });
            await route.AbortAsync();
            delivered.TrySetResult(answer);
        });
        await banner.Reject.ClickAsync();
        var first = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(303, first.Status);

        // Playwright's fetch keeps the answer's cookies in the context; the browser whose answer was lost never got it.
        var kept = (await context.CookiesAsync()).Where(c => c.Name != ".Consent").ToList();
        await context.ClearCookiesAsync();
        await context.AddCookiesAsync(kept.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        Assert.DoesNotContain(".Consent", await CookieJar.NamesAsync(context));
        var key = HttpUtility.ParseQueryString(posted!)[ConsentFormNames.SubmissionKey];
        Assert.True(ConsentSubmissionKey.IsValid(key), posted);

        // The same form, byte for byte, from the same browser (its cookies, its antiforgery token).
        var retry = await context.APIRequest.PostAsync("/consent", new()
        {
            DataString = posted,
            MaxRedirects = 0,
            Headers = new Dictionary<string, string>
            {
                ["Content-Type"] = "application/x-www-form-urlencoded",
                ["Origin"] = fixture.Server.Address.GetLeftPart(UriPartial.Authority),
            },
        });

        Assert.Equal(303, retry.Status);
        Assert.Equal(first.Headers["location"], retry.Headers["location"]);
        Assert.Contains(".Consent", await CookieJar.NamesAsync(context));
        var recorded = Assert.Single(await AuditStore.EventsWithSubmissionKeyAsync(fixture.Server, key!));
        Assert.Equal(recorded.ConsentId.ToString(), await AuditStore.ConsentIdAsync(context));
        Assert.Single(await AuditStore.EventsAsync(fixture.Server, recorded.ConsentId.ToString()));
        await page.UnrouteAllAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
    }
}
