using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Bunit;
using Consent.Abstractions;
using Consent.AspNetCore;

namespace Consent.Components.Tests.Components;

public sealed class ConsentCookieGuardTests : ConsentComponentTest
{
    /// <summary>The budget of the guard's code, gzipped, before the registry data it is called with.</summary>
    private const int GzippedBudget = 1536;

    public ConsentCookieGuardTests()
    {
        ConfigureConsent(o =>
        {
            o.Cookies.Add(new DeclaredCookie { Name = "_ga*", Category = ConsentCategory.Analytics, Purpose = "Counts visits.", Provider = "Google Analytics", IsThirdParty = true, Domain = ".example.com" });
            o.Cookies.Add(new DeclaredCookie { Name = "_ga", Category = ConsentCategory.Marketing, Purpose = "Exact name, declared after the pattern.", Provider = "Google" });
            o.Cookies.Add(new DeclaredCookie { Name = "demo_cid", Category = ConsentCategory.Analytics, Purpose = "Client id.", Provider = "Consent.Sample", Storage = CookieStorage.LocalStorage });
            o.Cookies.Add(new DeclaredCookie { Name = "tab_state", Category = ConsentCategory.Functional, Purpose = "Tab.", Provider = "Consent.Sample", Storage = CookieStorage.SessionStorage, Path = "/shop" });
        });
    }

    [Fact]
    [Trait("Rule", "C1")]
    [Trait("Rule", "C5")]
    public void Render_NoDecision_GrantsOnlyNecessary()
    {
        var data = Data(RenderWith<ConsentCookieGuard>(Request()));

        Assert.Equal(["necessary"], data.GetProperty("g").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, data.GetProperty("x").GetInt32());
        Assert.Equal(0, data.GetProperty("a").GetInt32());
        Assert.Equal("/consent", data.GetProperty("e").GetString());
    }

    [Fact]
    [Trait("Rule", "G1")]
    public void Render_AcceptAllUnderGpc_LeavesMarketingOut()
    {
        var request = Request(["functional", "analytics", "marketing"], gpc: true, method: ConsentMethod.AcceptAll);

        var data = Data(RenderWith<ConsentCookieGuard>(request));

        Assert.Equal(["necessary", "functional", "analytics"], data.GetProperty("g").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Render_Registry_ListsEveryDeclarationWithItsStorage_ExactNamesBeforePatterns()
    {
        var entries = Data(RenderWith<ConsentCookieGuard>(Request(["analytics"]))).GetProperty("k").EnumerateArray()
            .Select(e => e.GetRawText()).ToList();

        Assert.Contains("[\"_ga\",\"marketing\",0,null,null]", entries);
        Assert.Contains("[\"_ga*\",\"analytics\",0,\".example.com\",null]", entries);
        Assert.Contains("[\"demo_cid\",\"analytics\",1,null,null]", entries);
        Assert.Contains("[\"tab_state\",\"functional\",2,null,\"/shop\"]", entries);
        Assert.Contains("[\".Consent\",\"necessary\",0,null,\"/\"]", entries);
        var firstPattern = entries.FindIndex(e => e.Contains('*', StringComparison.Ordinal));
        Assert.All(entries.Skip(firstPattern), e => Assert.Contains("*", JsonDocument.Parse(e).RootElement[0].GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Render_UndeclaredCookiesAllowed_TellsTheGuard()
    {
        ConfigureConsent(o => o.UndeclaredCookies = UndeclaredCookieHandling.Allow);

        Assert.Equal(1, Data(RenderWith<ConsentCookieGuard>(Request())).GetProperty("a").GetInt32());
    }

    [Fact]
    public void Render_UndeclaredCookiesAllowedWhenAllGranted_GivesTheGuardTheOptionalCategoriesThatMustAllBeGranted()
    {
        ConfigureConsent(o => o.UndeclaredCookies = UndeclaredCookieHandling.AllowWhenAllGranted);

        var a = Data(RenderWith<ConsentCookieGuard>(Request())).GetProperty("a");

        Assert.Equal(Policy.Categories.Where(c => !c.IsNecessary).Select(c => c.Key), a.EnumerateArray().Select(e => e.GetString()));
        Assert.NotEmpty(a.EnumerateArray());
    }

    [Fact]
    public void Render_Registry_LeavesOutTheFrameworksHttpOnlyCookies_KeepsTheCultureCookieAndSiteDeclarations()
    {
        ConfigureConsent(o => o.Cookies.Add(new DeclaredCookie { Name = ".AspNetCore.Session", Category = ConsentCategory.Necessary, Purpose = "The site's own session.", Provider = "Example shop" }));

        var names = Data(RenderWith<ConsentCookieGuard>(Request())).GetProperty("k").EnumerateArray().Select(e => e[0].GetString()).ToList();

        // No script can read or write what ASP.NET Core writes HttpOnly: antiforgery, TempData, sign-in, ARR affinity.
        Assert.DoesNotContain(names, n => n!.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.DoesNotContain(".AspNetCore.Mvc.CookieTempDataProvider*", names);
        Assert.DoesNotContain(".AspNetCore.Identity.Application*", names);
        Assert.DoesNotContain("ARRAffinity", names);
        // A language switcher may write the culture cookie from script; a site's own declaration is the site's.
        Assert.Contains(".AspNetCore.Culture", names);
        Assert.Contains(".AspNetCore.Session", names);
        // The banner's cookie table still lists every one of them.
        Assert.Contains(Policy.CookiesOf("necessary"), c => c.Name == "ARRAffinity");
    }

    [Fact]
    public void Render_OutsideDevelopment_ReportsNowhere()
    {
        Assert.False(Data(RenderWith<ConsentCookieGuard>(Request())).TryGetProperty("r", out _));
    }

    [Fact]
    public void Render_RequestNonce_IsOnTheOneScript()
    {
        var request = Request();
        request.Items["csp-nonce"] = "n0nce";

        var cut = RenderWith<ConsentCookieGuard>(request);

        Assert.Equal("n0nce", Assert.Single(cut.FindAll("script")).GetAttribute("nonce"));
    }

    [Fact]
    [Trait("Rule", "C5")]
    public void Render_VisitorUnknown_BlocksButCleansNothing()
    {
        // A circuit knows the policy but not the visitor: nothing optional may be written, and nothing the visitor
        // may have granted is deleted on a guess.
        var data = Data(RenderInteractive<ConsentCookieGuard>());

        Assert.Equal(["necessary"], data.GetProperty("g").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, data.GetProperty("x").GetInt32());
    }

    [Fact]
    public void Script_IsTheMinifiedGuardCalledWithItsData()
    {
        var script = RenderWith<ConsentCookieGuard>(Request()).Find("script").TextContent;

        Assert.StartsWith(GuardScript.Source + "({", script, StringComparison.Ordinal);
        Assert.EndsWith("});", script, StringComparison.Ordinal);
        Assert.DoesNotContain("//", GuardScript.Source.Replace("://", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Source_GzippedIsWithinItsBudget()
    {
        var gzipped = Gzip(GuardScript.Source);

        Assert.True(gzipped <= GzippedBudget, $"The guard is {gzipped} bytes gzipped ({GuardScript.Source.Length} minified); the budget is {GzippedBudget}.");
    }

    [Fact]
    public void Minify_KeepsStringsAndDropsCommentsAndSpacesAroundPunctuation()
    {
        const string Source = "// a comment\n  var a = \"x = y; z\" + b;\n  if (a) {\n    return a;\n  }\n";

        Assert.Equal("var a=\"x = y; z\"+b;if(a){return a;}", GuardScript.Minify(Source));
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

    private static JsonElement Data(IRenderedComponent<ConsentCookieGuard> cut)
    {
        var script = cut.Find("script").TextContent;
        var json = script[(GuardScript.Source.Length + 1)..^2];
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
