using Bunit;
using Consent.Abstractions;
using Microsoft.AspNetCore.Http;

namespace Consent.Components.Tests.Components;

/// <summary>Each tag component's exact output with no decision, after «أوافق», after «أرفض», and «أوافق» under GPC.</summary>
public sealed class TagComponentTests : ConsentComponentTest
{
    private const string UetListener = "document.addEventListener('consent:change',function(e){uetq.push('consent','update',{ad_storage:e.detail.granted.indexOf('marketing')>=0?'granted':'denied'});});";
    private const string UetLoader = "(function(){var s=document.createElement('script');s.async=true;s.src='https://bat.bing.com/bat.js';s.onload=function(){var q=window.uetq;window.uetq=new UET({ti:'1234567',q:q});window.uetq.push('pageLoad');};document.head.appendChild(s);})();";
    private const string UetDefault = "window.uetq=window.uetq||[];uetq.push('consent','default',{ad_storage:'denied'});";
    private const string FbqQueue = "window.fbq||function(){var n=window.fbq=window._fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments);};n.push=n;n.loaded=true;n.version='2.0';n.queue=[];}();";
    private const string FbqListener = "document.addEventListener('consent:change',function(e){fbq('consent',e.detail.granted.indexOf('marketing')>=0?'grant':'revoke');});";
    private const string ClarityQueue = "window.clarity=window.clarity||function(){(window.clarity.q=window.clarity.q||[]).push(arguments);};";
    private const string ClarityTail = "document.addEventListener('consent:change',function(e){clarity('consentv2',{ad_Storage:e.detail.granted.indexOf('marketing')>=0?'granted':'denied',analytics_Storage:e.detail.granted.indexOf('analytics')>=0?'granted':'denied'});});(function(){var s=document.createElement('script');s.async=true;s.src='https://www.clarity.ms/tag/abc123xyz';document.head.appendChild(s);})();";

    [Theory]
    [Trait("Rule", "C1")]
    [Trait("Rule", "G1")]
    [InlineData(TagState.NoDecision, TagConsentMode.Basic, null)]
    [InlineData(TagState.Refused, TagConsentMode.Basic, null)]
    [InlineData(TagState.AcceptAllUnderGpc, TagConsentMode.Basic, null)]
    [InlineData(TagState.Granted, TagConsentMode.Basic, "update-granted")]
    [InlineData(TagState.NoDecision, TagConsentMode.Advanced, "")]
    [InlineData(TagState.Granted, TagConsentMode.Advanced, "update-granted")]
    [InlineData(TagState.Refused, TagConsentMode.Advanced, "update-denied")]
    [InlineData(TagState.AcceptAllUnderGpc, TagConsentMode.Advanced, "update-denied")]
    public void MicrosoftUet_WritesTheDefaultThenTheDecision(TagState state, TagConsentMode mode, string? update)
    {
        var cut = RenderWith<MicrosoftUet>(RequestFor(state), p => p.Add(c => c.TagId, "1234567").Add(c => c.Mode, mode));

        if (update is null)
        {
            Assert.Empty(cut.FindAll("script"));
            return;
        }

        var expectedUpdate = update.Length == 0 ? string.Empty : $"uetq.push('consent','update',{{ad_storage:'{update[7..]}'}});";
        Assert.Equal(UetDefault + expectedUpdate + UetListener + UetLoader, Assert.Single(cut.FindAll("script")).TextContent);
    }

    [Theory]
    [Trait("Rule", "C1")]
    [Trait("Rule", "G1")]
    [InlineData(TagState.NoDecision, TagConsentMode.Basic, null)]
    [InlineData(TagState.Refused, TagConsentMode.Basic, null)]
    [InlineData(TagState.AcceptAllUnderGpc, TagConsentMode.Basic, null)]
    [InlineData(TagState.Granted, TagConsentMode.Basic, "grant")]
    [InlineData(TagState.NoDecision, TagConsentMode.Advanced, "revoke")]
    [InlineData(TagState.Granted, TagConsentMode.Advanced, "grant")]
    [InlineData(TagState.Refused, TagConsentMode.Advanced, "revoke")]
    [InlineData(TagState.AcceptAllUnderGpc, TagConsentMode.Advanced, "revoke")]
    public void MetaPixel_CallsConsentBeforeInit(TagState state, TagConsentMode mode, string? consent)
    {
        var cut = RenderWith<MetaPixel>(RequestFor(state), p => p.Add(c => c.PixelId, "123456789012345").Add(c => c.Mode, mode));

        var scripts = cut.FindAll("script");
        if (consent is null)
        {
            Assert.Empty(scripts);
            return;
        }

        Assert.Equal(2, scripts.Count);
        Assert.Equal(FbqQueue + $"fbq('consent','{consent}');fbq('init','123456789012345');fbq('track','PageView');" + FbqListener, scripts[0].TextContent);
        Assert.Equal("https://connect.facebook.net/en_US/fbevents.js", scripts[1].GetAttribute("src"));
    }

    [Theory]
    [Trait("Rule", "C1")]
    [Trait("Rule", "G1")]
    [InlineData(TagState.NoDecision, TagConsentMode.Basic, null, null)]
    [InlineData(TagState.Refused, TagConsentMode.Basic, null, null)]
    [InlineData(TagState.Granted, TagConsentMode.Basic, "granted", "granted")]
    [InlineData(TagState.AcceptAllUnderGpc, TagConsentMode.Basic, "denied", "granted")]
    [InlineData(TagState.NoDecision, TagConsentMode.Advanced, "denied", "denied")]
    [InlineData(TagState.Refused, TagConsentMode.Advanced, "denied", "denied")]
    [InlineData(TagState.AcceptAllUnderGpc, TagConsentMode.Advanced, "denied", "granted")]
    public void MicrosoftClarity_PassesBothSignalsWithConsentV2(TagState state, TagConsentMode mode, string? ads, string? analytics)
    {
        var cut = RenderWith<MicrosoftClarity>(RequestFor(state), p => p.Add(c => c.ProjectId, "abc123xyz").Add(c => c.Mode, mode));

        if (ads is null)
        {
            Assert.Empty(cut.FindAll("script"));
            return;
        }

        Assert.Equal(ClarityQueue + $"clarity('consentv2',{{ad_Storage:'{ads}',analytics_Storage:'{analytics}'}});" + ClarityTail, Assert.Single(cut.FindAll("script")).TextContent);
    }

    [Theory]
    [Trait("Rule", "C1")]
    [InlineData(TagState.NoDecision, TagConsentMode.Basic, false)]
    [InlineData(TagState.Refused, TagConsentMode.Basic, false)]
    [InlineData(TagState.Granted, TagConsentMode.Basic, true)]
    [InlineData(TagState.AcceptAllUnderGpc, TagConsentMode.Basic, true)]
    [InlineData(TagState.NoDecision, TagConsentMode.Advanced, true)]
    [InlineData(TagState.Refused, TagConsentMode.Advanced, true)]
    public void GoogleTag_LoadsInBasicModeOnlyOnceAnalyticsIsGranted(TagState state, TagConsentMode mode, bool loads)
    {
        var request = RequestFor(state);
        request.Items["csp-nonce"] = "n1";
        var scripts = RenderWith<GoogleTag>(request, p => p.Add(c => c.TagId, "G-ABC123XYZ").Add(c => c.Mode, mode)).FindAll("script");

        if (!loads)
        {
            Assert.Empty(scripts);
            return;
        }

        Assert.Equal("https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ", scripts[0].GetAttribute("src"));
        Assert.Equal("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-ABC123XYZ');", scripts[1].TextContent);
        Assert.All(scripts, s => Assert.Equal("n1", s.GetAttribute("nonce")));
    }

    [Theory]
    [InlineData(TagState.NoDecision, TagConsentMode.Basic, false)]
    [InlineData(TagState.Refused, TagConsentMode.Basic, false)]
    [InlineData(TagState.Granted, TagConsentMode.Basic, true)]
    [InlineData(TagState.NoDecision, TagConsentMode.Advanced, true)]
    public void GoogleTagManager_LoadsTheContainerLikeTheGoogleTag(TagState state, TagConsentMode mode, bool loads)
    {
        var scripts = RenderWith<GoogleTagManager>(RequestFor(state), p => p.Add(c => c.ContainerId, "GTM-AB12CD3").Add(c => c.Mode, mode)).FindAll("script");

        Assert.Equal(loads ? 2 : 0, scripts.Count);
        if (loads)
        {
            Assert.Equal("window.dataLayer=window.dataLayer||[];dataLayer.push({'gtm.start':Date.now(),event:'gtm.js'});", scripts[0].TextContent);
            Assert.Equal("https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD3", scripts[1].GetAttribute("src"));
        }
    }

    [Theory]
    [InlineData(TagState.NoDecision, false)]
    [InlineData(TagState.Refused, false)]
    [InlineData(TagState.AcceptAllUnderGpc, false)]
    [InlineData(TagState.Granted, true)]
    public void Embeds_AreBehindTheGate_FromThePrivacyFriendlyHosts(TagState state, bool open)
    {
        var youTube = RenderWith<YouTubeEmbed>(RequestFor(state), p => p.Add(c => c.VideoId, "dQw4w9WgXcQ").Add(c => c.Title, "جولة"));
        var vimeo = RenderWith<VimeoEmbed>(RequestFor(state), p => p.Add(c => c.VideoId, "76979871").Add(c => c.Title, "جولة"));

        if (open)
        {
            Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", youTube.Find("iframe").GetAttribute("src"));
            Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1", vimeo.Find("iframe").GetAttribute("src"));
        }
        else
        {
            Assert.Empty(youTube.FindAll("iframe"));
            Assert.Contains("YouTube", youTube.Find(".consent-placeholder").TextContent, StringComparison.Ordinal);
            Assert.Empty(vimeo.FindAll("iframe"));
            Assert.Contains("Vimeo", vimeo.Find(".consent-placeholder").TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("G-1'); alert(1);//")]
    [InlineData("")]
    public void GoogleTag_IdThatIsNotOne_FailsLoudlyAndWritesNothing(string id)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RenderWith<GoogleTag>(RequestFor(TagState.Granted), p => p.Add(c => c.TagId, id)));

        Assert.Contains("TagId", error.Message, StringComparison.Ordinal);
    }

    private HttpContext RequestFor(TagState state) => state switch
    {
        TagState.NoDecision => Request(),
        TagState.Granted => Request(["functional", "analytics", "marketing"], method: ConsentMethod.AcceptAll),
        TagState.Refused => Request([], method: ConsentMethod.RejectAll),
        _ => Request(["functional", "analytics", "marketing"], gpc: true, method: ConsentMethod.AcceptAll),
    };
}
