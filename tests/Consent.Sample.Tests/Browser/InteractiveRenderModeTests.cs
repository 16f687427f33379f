using Consent.AspNetCore;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// The same components on interactive pages: <c>/live</c> runs on a server circuit, <c>/markets</c> in WebAssembly in
/// the browser. Neither can set a cookie, so the placeholder's button still posts to the endpoint; and once the page
/// is interactive, its gate must keep showing what the server decided, in the page's language.
/// </summary>
[Collection(BrowserScenarios.Name)]
public sealed class InteractiveRenderModeTests(BrowserFixture fixture)
{
    [Theory]
    [Trait("Rule", "C5")]
    [InlineData("/markets", "#market-refresh", "#market-refreshes", "#sponsored-ticker", "marketing")]
    [InlineData("/live", "#live-refresh", "#live-refreshes", "#weather", "functional")]
    public async Task PlaceholderButton_GrantsTheCategoryOnTheServer_AndTheInteractivePageKeepsItOpen(
        string path, string refresh, string refreshes, string gated, string category)
    {
        await using var visit = await Visit.StartAsync(fixture, "about:blank");
        var (context, page, _) = visit;
        var errors = CollectErrors(page);
        await page.GotoAsync(path);
        var placeholder = page.Locator(".consent-placeholder");
        var prerendered = await placeholder.InnerTextAsync();

        await WaitUntilInteractiveAsync(page, refresh, refreshes);

        // Becoming interactive changes nothing the visitor sees: same Arabic text, content still closed.
        await Assertions.Expect(placeholder).ToHaveTextAsync(prerendered);
        await Assertions.Expect(placeholder).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(page.Locator(gated)).ToHaveCountAsync(0);

        await ConsentBanner.WhileNavigatingAsync(page, () => placeholder.GetByRole(AriaRole.Button, new() { Name = "السماح وعرض المحتوى", Exact = true }).ClickAsync());

        await Assertions.Expect(page.Locator(gated)).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(page, refresh, refreshes);
        await Assertions.Expect(page.Locator(gated)).ToBeVisibleAsync();
        var recorded = Assert.Single(await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context)));
        Assert.Equal("placeholder:save", recorded.Control);
        Assert.Contains(recorded.Categories, c => c.Category == category && c.Granted);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    [Trait("Rule", "A3")]
    public async Task WebAssemblyPage_InEnglish_StaysInEnglishOnceInteractive()
    {
        await using var visit = await Visit.StartAsync(fixture, "about:blank");
        var page = visit.Page;
        var errors = CollectErrors(page);
        await page.GotoAsync("/culture/en?returnUrl=%2Fmarkets");
        var placeholder = page.Locator(".consent-placeholder");
        await Assertions.Expect(placeholder).ToHaveAttributeAsync("lang", "en");
        var prerendered = await placeholder.InnerTextAsync();
        Assert.Contains("Demo Ads", prerendered, StringComparison.Ordinal);

        await WaitUntilInteractiveAsync(page, "#market-refresh", "#market-refreshes");

        await Assertions.Expect(placeholder).ToHaveTextAsync(prerendered);
        await Assertions.Expect(placeholder).ToHaveAttributeAsync("dir", "ltr");
        await Assertions.Expect(placeholder.GetByRole(AriaRole.Button, new() { Name = "Allow and show the content", Exact = true })).ToBeVisibleAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task WebAssemblyPage_ReachedFromTheFooter_ReadsTheStateTheServerSentWithIt()
    {
        await using var visit = await Visit.StartAsync(fixture, "about:blank");
        var (_, page, banner) = visit;
        var errors = CollectErrors(page);
        await page.GotoAsync("/");
        await banner.DecideAsync(banner.Accept);

        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "السوق الآن", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/markets");
        await WaitUntilInteractiveAsync(page, "#market-refresh", "#market-refreshes");

        await Assertions.Expect(page.Locator("#sponsored-ticker")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".consent-placeholder")).ToHaveCountAsync(0);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [Trait("Rule", "C9")]
    [InlineData("/markets", "#market-refresh", "#market-refreshes")]
    [InlineData("/live", "#live-refresh", "#live-refreshes")]
    public async Task InteractivePage_FooterLinkOpensTheSettingsPanel_AndBackClosesIt_WithoutDeciding(string path, string refresh, string refreshes)
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;
        var errors = CollectErrors(page);
        await banner.DecideAsync(banner.Accept);
        await page.GotoAsync(path);
        await WaitUntilInteractiveAsync(page, refresh, refreshes);

        await banner.FooterLink.ClickAsync();
        await Assertions.Expect(banner.SettingsLayer).ToBeVisibleAsync();
        await Assertions.Expect(banner.Switch("analytics")).ToBeCheckedAsync();
        await banner.Back.ClickAsync();

        await Assertions.Expect(banner.Root).ToHaveCountAsync(0);
        Assert.DoesNotContain("consent=settings", page.Url, StringComparison.Ordinal);
        var events = await AuditStore.EventsAsync(fixture.Server, await AuditStore.ConsentIdAsync(context));
        Assert.Single(events);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("/markets", "#market-refresh", "#market-refreshes")]
    [InlineData("/live", "#live-refresh", "#live-refreshes")]
    public async Task InteractivePage_WithBannerAndPlaceholder_HasNoAxeWcag22AAViolationOnceInteractive(string path, string refresh, string refreshes)
    {
        await using var visit = await Visit.StartAsync(fixture, path);
        var page = visit.Page;
        await WaitUntilInteractiveAsync(page, refresh, refreshes);
        await Assertions.Expect(visit.Banner.Root).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".consent-placeholder")).ToBeVisibleAsync();

        var result = await page.RunAxe(AccessibilityTests.WcagAA);

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    [Fact]
    [Trait("Rule", "C5")]
    [Trait("Rule", "C9")]
    public async Task WebAssemblyPage_AfterWithdrawalInAnotherTab_IsClosedWhenTheVisitorComesBack()
    {
        await using var visit = await Visit.StartAsync(fixture, "about:blank");
        var (context, page, banner) = visit;
        await page.GotoAsync("/markets");
        await banner.DecideAsync(banner.Accept);
        await WaitUntilInteractiveAsync(page, "#market-refresh", "#market-refreshes");
        await Assertions.Expect(page.Locator("#sponsored-ticker")).ToBeVisibleAsync();

        // Another tab of the same visitor withdraws marketing while this tab's WebAssembly runtime keeps running. A
        // runtime keeps the state of the page that started it, so the sample's links to /markets reload the page.
        var other = await context.NewPageAsync();
        await other.GotoAsync("/?consent=settings");
        var otherBanner = new ConsentBanner(other);
        await otherBanner.Switch("marketing").UncheckAsync();
        await otherBanner.DecideAsync(otherBanner.Save);
        await other.CloseAsync();

        var footer = page.Locator("footer");
        await footer.GetByRole(AriaRole.Link, new() { Name = "الطقس الآن", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/live");
        await footer.GetByRole(AriaRole.Link, new() { Name = "السوق الآن", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/markets");
        await Assertions.Expect(page.Locator(".consent-placeholder")).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(page, "#market-refresh", "#market-refreshes");

        await Assertions.Expect(page.Locator("#sponsored-ticker")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".consent-placeholder")).ToBeVisibleAsync();
    }

    // Until the page is interactive a click does nothing; once it is, the counter moves.
    private static async Task WaitUntilInteractiveAsync(IPage page, string button, string counter)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (await page.Locator(counter).InnerTextAsync() == "0")
        {
            Assert.True(DateTime.UtcNow < deadline, $"{page.Url} did not become interactive within 60 s.");
            await page.Locator(button).ClickAsync();
            await Task.Delay(250);
        }
    }

    private static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        return errors;
    }
}
