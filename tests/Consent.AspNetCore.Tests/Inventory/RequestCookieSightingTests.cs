using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>
/// When the inventory sees a request's cookies: once per request, with the path the request arrived with, whether the
/// response is written by the endpoint, re-executed by an error page, or never started because the pipeline threw.
/// </summary>
public sealed class RequestCookieSightingTests
{
    [Fact]
    [Trait("Rule", "C11")]
    public async Task RequestReExecutedByTheExceptionHandler_IsRecordedOnce_WithThePathItArrivedWith()
    {
        await using var host = await InventoryHost.StartAsync(beforeConsent: app => app.UseExceptionHandler("/error"));

        await AssertRecordedOnceWithItsPathAsync(host, "/boom", "error page");
    }

    [Fact]
    [Trait("Rule", "C11")]
    public async Task RequestReExecutedForItsStatusCode_IsRecordedOnce_WithThePathItArrivedWith()
    {
        await using var host = await InventoryHost.StartAsync(beforeConsent: app => app.UseStatusCodePagesWithReExecute("/status/{0}"));

        await AssertRecordedOnceWithItsPathAsync(host, "/missing", "status 404");
    }

    [Fact]
    [Trait("Rule", "C11")]
    public async Task RequestReExecutedFromOutsideTheMiddleware_IsRecordedOnce()
    {
        // Without the startup filter the exception handler is outside UseCookieConsent(): the re-execution runs the
        // middleware a second time on the same request.
        await using var host = await InventoryHost.StartAsync(
            o => o.EnforceFromPipelineStart = false,
            beforeConsent: app => app.UseExceptionHandler("/error"));

        await AssertRecordedOnceWithItsPathAsync(host, "/boom", "error page");
    }

    [Theory]
    [Trait("Rule", "C11")]
    [InlineData("/boom")] // the endpoint throws at once
    [InlineData("/boom-later")] // the endpoint throws after it went asynchronous: the pipeline's task is still running when the middleware returns
    [InlineData("/boom-now")] // a middleware throws instead of returning a task
    [InlineData("/boom-faulted")] // a middleware returns a task that has already failed
    public async Task RequestWhosePipelineThrowsBeforeTheResponseStarts_IsRecordedOnKestrel(string path)
    {
        // Kestrel sends its own 500 and runs no OnStarting callback after an unhandled exception.
        await using var host = await InventoryHost.StartAsync(
            kestrel: true,
            beforeConsent: app => app.Use(next => context => context.Request.Path.Value switch
            {
                "/boom-now" => throw new InvalidOperationException("The middleware failed."),
                "/boom-faulted" => Task.FromException(new InvalidOperationException("The middleware's task failed.")),
                _ => next(context),
            }));
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", "_fbp=fb.1.2.3; pref=1");

        var response = await host.NewBrowser().SendAsync(request);

        Assert.Equal(StatusCodes.Status500InternalServerError, (int)response.StatusCode);
        var entry = await EventuallyAsync(() => InventoryHost.InventoryOf(host).Entries.SingleOrDefault(e => e.Name == "_fbp"));
        Assert.Equal(1, entry.Count(CookieSeenIn.Request));
        Assert.Equal([path], entry.Paths);
        Assert.DoesNotContain(InventoryHost.InventoryOf(host).Entries, e => e.Name == "pref");
    }

    private static async Task AssertRecordedOnceWithItsPathAsync(ConsentTestHost host, string path, string expectedBody)
    {
        var response = await InventoryHost.SendWithCookiesAsync(host, path, "_fbp=fb.1.2.3");

        Assert.Equal(expectedBody, await response.Content.ReadAsStringAsync());
        var entry = InventoryHost.EntryOf(host, "_fbp");
        Assert.Equal(1, entry.Count(CookieSeenIn.Request));
        Assert.Equal([path], entry.Paths);
    }

    /// <summary>
    /// Kestrel answers an unhandled exception before it runs the request's completion callbacks, so the client can
    /// see the response a moment before the request is finished on the server.
    /// </summary>
    private static async Task<InventoryEntry> EventuallyAsync(Func<InventoryEntry?> find)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (find() is { } entry)
            {
                return entry;
            }

            await Task.Delay(50);
        }

        return find() ?? throw new Xunit.Sdk.XunitException("The inventory never recorded the cookie.");
    }
}
