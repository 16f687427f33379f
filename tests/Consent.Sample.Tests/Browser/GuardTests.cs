using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>
/// <c>&lt;ConsentCookieGuard /&gt;</c> in the sample: what scripts may keep in the browser follows the visitor's consent.
/// </summary>
[Collection(BrowserScenarios.Name)]
public sealed class GuardTests(BrowserFixture fixture)
{
    private const string StorageKey = "analytics_demo_cid";

    // What a tag would do: write a declared analytics cookie, an undeclared one and the declared localStorage key.
    private const string WriteLikeATag = """
        () => {
            document.cookie = "_ga=GA1.1.1; path=/";
            document.cookie = "mystery_script=1; path=/";
            localStorage.setItem("analytics_demo_cid", "42.1");
            localStorage.setItem("undeclared_key", "1");
            return {
                cookie: document.cookie,
                key: localStorage.getItem("analytics_demo_cid"),
                undeclared: localStorage.getItem("undeclared_key"),
                analytics: window.Consent.isGranted("analytics"),
                granted: window.Consent.granted,
            };
        }
        """;

    [Fact]
    [Trait("Rule", "C1")]
    [Trait("Rule", "C5")]
    public async Task BeforeAnyDecision_ScriptWritesDoNotStick_AndAfterAcceptTheDeclaredOnesDo()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;
        var errors = ConsoleErrors(page);

        var before = await page.EvaluateAsync<JsonElement>(WriteLikeATag);
        Assert.DoesNotContain("_ga=", before.GetProperty("cookie").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("mystery_script", before.GetProperty("cookie").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("key").ValueKind);
        Assert.Equal("1", before.GetProperty("undeclared").GetString());
        Assert.False(before.GetProperty("analytics").GetBoolean());
        Assert.Equal(["necessary"], before.GetProperty("granted").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("_ga_store", await SetThroughCookieStoreAsync(page), StringComparison.Ordinal);
        await CookieJar.AssertOnlyNecessaryAsync(context, "before a decision");

        await banner.DecideAsync(banner.Accept);

        var after = await page.EvaluateAsync<JsonElement>(WriteLikeATag);
        Assert.Contains("_ga=GA1.1.1", after.GetProperty("cookie").GetString(), StringComparison.Ordinal);
        Assert.Equal("42.1", after.GetProperty("key").GetString());
        Assert.True(after.GetProperty("analytics").GetBoolean());
        // Undeclared cookies follow UndeclaredCookies (Block in the sample) whatever the visitor chose, as on the server.
        Assert.DoesNotContain("mystery_script", after.GetProperty("cookie").GetString(), StringComparison.Ordinal);
        Assert.Contains("_ga_store=1", await SetThroughCookieStoreAsync(page), StringComparison.Ordinal);
        Assert.Contains("_ga", await CookieJar.NamesAsync(context));
        Assert.Empty(errors);
    }

    [Fact]
    [Trait("Rule", "C9")]
    public async Task WithdrawingAnalyticsInTheSettingsLayer_TheNextPageHasNeitherTheCookieNorTheStorageKey()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var (context, page, banner) = visit;
        await banner.DecideAsync(banner.Accept);
        await page.WaitForFunctionAsync("() => window.analyticsDemoLoaded === true");

        // On /privacy, a cookie the server cannot expire (it knows only the declared Path /) and the storage key.
        await page.GotoAsync("/privacy");
        await page.EvaluateAsync("() => { document.cookie = '_ga_here=GA1.1.2; path=/privacy'; localStorage.setItem('analytics_demo_cid', '7.7'); }");
        Assert.Contains("_ga_here", await CookieJar.NamesAsync(context));
        Assert.Equal("7.7", await page.EvaluateAsync<string?>("() => localStorage.getItem('analytics_demo_cid')"));

        await banner.FooterLink.ClickAsync();
        await banner.Switch("analytics").UncheckAsync();
        await banner.DecideAsync(banner.Save);

        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('analytics_demo_cid')"));
        Assert.DoesNotContain("_ga", await page.EvaluateAsync<string>("() => document.cookie"), StringComparison.Ordinal);
        Assert.DoesNotContain(await CookieJar.NamesAsync(context), name => name.StartsWith("_ga", StringComparison.Ordinal));
        Assert.False(await page.EvaluateAsync<bool>("() => window.Consent.isGranted('analytics')"));
    }

    [Fact]
    [Trait("Rule", "C11")]
    public async Task BeforeAnyDecision_NecessaryCookiesAndDeletionsPass()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");

        var cookies = await visit.Page.EvaluateAsync<string[]>("""
            () => {
                const seen = [];
                document.cookie = "demo_session=script; path=/";
                seen.push(document.cookie);
                document.cookie = "demo_session=; Max-Age=0; path=/";
                seen.push(document.cookie);
                document.cookie = "demo_session=again; path=/";
                document.cookie = "demo_session=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
                seen.push(document.cookie);
                return seen;
            }
            """);

        Assert.Contains("demo_session=script", cookies[0], StringComparison.Ordinal);
        Assert.DoesNotContain("demo_session", cookies[1], StringComparison.Ordinal);
        Assert.DoesNotContain("demo_session", cookies[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndeclaredCookiesAllowed_TheGuardLetsThemThroughAsTheServerDoes()
    {
        await using var server = await SampleServer.StartAsync(new Dictionary<string, string> { ["Consent__UndeclaredCookies"] = "Allow" });
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var after = await page.EvaluateAsync<JsonElement>(WriteLikeATag);

        Assert.Contains("mystery_script=1", after.GetProperty("cookie").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("_ga=", after.GetProperty("cookie").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("key").ValueKind);
    }

    [Fact]
    public async Task Guard_IsTheFirstScriptInHead_AndWithinItsSize()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var page = visit.Page;

        var first = await page.EvaluateAsync<JsonElement>("""
            () => {
                const script = document.querySelector("script");
                return { inHead: script.parentElement === document.head, text: script.textContent, isFirstInHead: document.head.querySelector("script") === script };
            }
            """);

        Assert.True(first.GetProperty("inHead").GetBoolean());
        var text = first.GetProperty("text").GetString()!;
        Assert.StartsWith("(function(c){", text, StringComparison.Ordinal);
        var code = text[..text.LastIndexOf("})({", StringComparison.Ordinal)];
        Assert.True(Gzip(code) <= 1536, $"The guard's code is {Gzip(code)} bytes gzipped.");
        // The sample's registry: eight declarations, two of them the library's own.
        Assert.True(Encoding.UTF8.GetByteCount(text) - code.Length < 700, $"The guard's data is {Encoding.UTF8.GetByteCount(text) - code.Length} bytes.");
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task UnderAllowWhenAllGranted_AnUndeclaredScriptCookieSticksOnlyWhileEveryCategoryIsGranted()
    {
        await using var server = await SampleServer.StartAsync(new Dictionary<string, string> { ["Consent__UndeclaredCookies"] = "AllowWhenAllGranted" });
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        var page = await context.NewPageAsync();
        var errors = ConsoleErrors(page);
        await page.GotoAsync("/");
        var banner = new ConsentBanner(page);
        const string Write = "name => { document.cookie = name + '=1; path=/'; return document.cookie; }";

        Assert.DoesNotContain("mystery_script", await page.EvaluateAsync<string>(Write, "mystery_script"), StringComparison.Ordinal);

        await banner.DecideAsync(banner.Accept);
        Assert.Contains("mystery_script=1", await page.EvaluateAsync<string>(Write, "mystery_script"), StringComparison.Ordinal);

        // One optional category withdrawn: not every category is granted any more, as the server counts it.
        await banner.FooterLink.ClickAsync();
        await banner.Switch("analytics").UncheckAsync();
        await banner.DecideAsync(banner.Save);
        Assert.DoesNotContain("mystery_later", await page.EvaluateAsync<string>(Write, "mystery_later"), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ConsentChange_DecisionThroughFetch_UpdatesTheApiAndTheGuardWithoutAReload()
    {
        await using var visit = await Visit.StartAsync(fixture, "/");
        var page = visit.Page;

        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const token = document.querySelector("input[name=__RequestVerificationToken]").value;
                const events = [];
                document.addEventListener("consent:change", e => events.push(e.detail.granted));
                const response = await fetch("/consent", {
                    method: "POST",
                    headers: { "Content-Type": "application/json", "RequestVerificationToken": token },
                    body: JSON.stringify({ action: "save", categories: ["analytics"], layer: "api" }),
                });
                await new Promise(resolve => setTimeout(resolve, 200));
                document.cookie = "_ga=GA1.1.3; path=/";
                return { status: response.status, events, granted: window.Consent.granted, cookie: document.cookie };
            }
            """);

        Assert.Equal(200, result.GetProperty("status").GetInt32());
        var change = Assert.Single(result.GetProperty("events").EnumerateArray());
        Assert.Equal(["necessary", "analytics"], change.EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["necessary", "analytics"], result.GetProperty("granted").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("_ga=GA1.1.3", result.GetProperty("cookie").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task UnderAStrictCsp_TheGuardRunsWithTheNonce_AndNothingIsRefused()
    {
        await using var server = await SampleServer.StartAsync(new Dictionary<string, string> { ["Sample__ContentSecurityPolicy"] = "true" });
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        var page = await context.NewPageAsync();
        var errors = ConsoleErrors(page);

        var response = await page.GotoAsync("/");
        Assert.Contains("'nonce-", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        var guard = await page.EvaluateAsync<JsonElement>("""
            () => {
                document.cookie = "_ga=GA1.1.1; path=/";
                return { nonce: document.querySelector("script").nonce.length > 0, api: typeof window.Consent.isGranted, cookie: document.cookie };
            }
            """);
        Assert.True(guard.GetProperty("nonce").GetBoolean());
        Assert.Equal("function", guard.GetProperty("api").GetString());
        Assert.DoesNotContain("_ga=", guard.GetProperty("cookie").GetString(), StringComparison.Ordinal);

        var banner = new ConsentBanner(page);
        await banner.DecideAsync(banner.Accept);
        await page.WaitForFunctionAsync("() => window.analyticsDemoLoaded === true");
        Assert.Contains("_ga_demo", await CookieJar.NamesAsync(context));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task InDevelopment_WhatTheGuardSawIsInTheInventoryAsScript()
    {
        await using var server = await SampleServer.StartAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" });
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.EvaluateAsync(WriteLikeATag);

        // The undeclared script-written cookie is in the one inventory, seen in script.
        var mystery = await PollAsync(async () =>
        {
            var cookies = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/consent/inventory")).TextAsync()).RootElement.GetProperty("cookies");
            return cookies.EnumerateArray().Where(e => e.GetProperty("name").GetString() == "mystery_script").Select(e => (JsonElement?)e.Clone()).FirstOrDefault();
        });
        Assert.Equal(1, mystery.GetProperty("seen").GetProperty("script").GetInt64());
        Assert.Equal(0, mystery.GetProperty("seen").GetProperty("setCookie").GetInt64());
        var inventory = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/consent/inventory")).TextAsync()).RootElement.GetProperty("cookies");
        // _ga is declared: a refused write of it is not inventoried.
        Assert.DoesNotContain(inventory.EnumerateArray(), e => e.GetProperty("name").GetString() == "_ga");

        // Storage keys are no cookies: the guard's own list keeps them.
        var storage = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/consent/inventory/script")).TextAsync()).RootElement.GetProperty("entries");
        var byName = storage.EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        Assert.Equal("localStorage", byName[StorageKey].GetProperty("storage").GetString());
        Assert.True(byName[StorageKey].GetProperty("blocked").GetBoolean());
        Assert.False(byName["undeclared_key"].GetProperty("blocked").GetBoolean());
        Assert.DoesNotContain("mystery_script", byName.Keys);
    }

    // The Cookie Store API (a secure context: 127.0.0.1 is one): the write resolves either way; the jar says what stuck.
    private static Task<string> SetThroughCookieStoreAsync(IPage page) =>
        page.EvaluateAsync<string>("async () => { await cookieStore.set({ name: '_ga_store', value: '1', path: '/' }); return document.cookie; }");

    private static async Task<JsonElement> PollAsync(Func<Task<JsonElement?>> probe)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The guard's report did not reach the inventory within 5 s.");
    }

    private static List<string> ConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    private static int Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }
}
