using Bunit;

namespace Consent.Components.Tests.Components;

public sealed class ConsentScriptTests : ConsentComponentTest
{
    [Fact]
    public void Render_CategoryGranted_WritesTheScriptWithTheRequestsNonce()
    {
        var request = Request(["analytics"]);
        request.Items["csp-nonce"] = "abc123";
        var cut = RenderWith<ConsentScript>(request, p => p
            .Add(s => s.Category, "analytics")
            .Add(s => s.Src, "/js/analytics-demo.js")
            .Add(s => s.Defer, true));

        var script = cut.Find("script");
        Assert.Equal("/js/analytics-demo.js", script.GetAttribute("src"));
        Assert.Equal("abc123", script.GetAttribute("nonce"));
        Assert.True(script.HasAttribute("defer"));
        Assert.False(script.HasAttribute("async"));
    }

    [Fact]
    public void Render_NonceParameter_WinsOverTheRequestsNonce()
    {
        var request = Request(["analytics"]);
        request.Items["csp-nonce"] = "from-request";
        var cut = RenderWith<ConsentScript>(request, p => p
            .Add(s => s.Category, "analytics")
            .Add(s => s.Src, "/a.js")
            .Add(s => s.Nonce, "explicit"));

        Assert.Equal("explicit", cut.Find("script").GetAttribute("nonce"));
    }

    [Fact]
    public void Render_ConfiguredNonceItemKey_IsUsed()
    {
        ConfigureComponents(o => o.CspNonceItemKey = "nonce");
        var request = Request(["analytics"]);
        request.Items["nonce"] = "n-1";
        var cut = RenderWith<ConsentScript>(request, p => p.Add(s => s.Category, "analytics").Add(s => s.Src, "/a.js"));

        Assert.Equal("n-1", cut.Find("script").GetAttribute("nonce"));
    }

    [Fact]
    public void Render_InlineCode_IsWrittenAsIs()
    {
        var cut = RenderWith<ConsentScript>(Request(["analytics"]), p => p
            .Add(s => s.Category, "analytics")
            .Add(s => s.Code, "if (a && b) { go(); }"));

        Assert.Equal("if (a && b) { go(); }", cut.Find("script").InnerHtml);
        Assert.False(cut.Find("script").HasAttribute("nonce"));
    }

    [Theory]
    [Trait("Rule", "C1")]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_CategoryNotGranted_WritesNothing(bool decided)
    {
        string[]? granted = decided ? ["functional", "marketing"] : null;
        var cut = RenderWith<ConsentScript>(Request(granted), p => p.Add(s => s.Category, "analytics").Add(s => s.Src, "/js/analytics-demo.js"));

        Assert.Equal(string.Empty, cut.Markup.Trim());
    }
}
