using System.Text.RegularExpressions;
using Bunit;

namespace Consent.Components.Tests.Components;

public sealed partial class GoogleConsentModeTests : ConsentComponentTest
{
    private static readonly string[] Signals =
        ["ad_storage", "ad_user_data", "ad_personalization", "analytics_storage", "functionality_storage", "personalization_storage", "security_storage"];

    [Fact]
    [Trait("Rule", "C5")]
    public void Render_NoDecision_DefaultsAllSevenSignalsDeniedButSecurityAndSendsNoUpdate()
    {
        var script = RenderWith<GoogleConsentMode>(Request()).Find("script").InnerHtml;

        Assert.StartsWith("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}", script, StringComparison.Ordinal);
        var commands = Commands(script);
        var (command, signals) = Assert.Single(commands);
        Assert.Equal("default", command);
        Assert.Equal(Signals, signals.Keys);
        Assert.All(signals, s => Assert.Equal(s.Key == "security_storage" ? "granted" : "denied", s.Value));
    }

    [Theory]
    [InlineData(new string[0], "denied", "denied", "denied")]
    [InlineData(new[] { "analytics" }, "granted", "denied", "denied")]
    [InlineData(new[] { "functional" }, "denied", "granted", "denied")]
    [InlineData(new[] { "marketing" }, "denied", "denied", "granted")]
    [InlineData(new[] { "functional", "analytics", "marketing" }, "granted", "granted", "granted")]
    public void Render_Decision_UpdatesEachSignalFromItsCategory(string[] granted, string analytics, string functional, string marketing)
    {
        var script = RenderWith<GoogleConsentMode>(Request(granted)).Find("script").InnerHtml;

        var commands = Commands(script);
        Assert.Equal(["default", "update"], commands.Select(c => c.Command));
        var update = commands[1].Signals;
        Assert.Equal(Signals, update.Keys);
        Assert.Equal(analytics, update["analytics_storage"]);
        Assert.Equal(functional, update["functionality_storage"]);
        Assert.Equal(functional, update["personalization_storage"]);
        Assert.Equal(marketing, update["ad_storage"]);
        Assert.Equal(marketing, update["ad_user_data"]);
        Assert.Equal(marketing, update["ad_personalization"]);
        Assert.Equal("granted", update["security_storage"]);
    }

    [Fact]
    [Trait("Rule", "G1")]
    public void Render_GpcSignalAndAcceptAll_DeniesAdvertisingSignals()
    {
        var request = Request(["functional", "analytics", "marketing"], gpc: true, method: Consent.Abstractions.ConsentMethod.AcceptAll);
        var update = Commands(RenderWith<GoogleConsentMode>(request).Find("script").InnerHtml)[1].Signals;

        Assert.Equal("denied", update["ad_storage"]);
        Assert.Equal("granted", update["analytics_storage"]);
    }

    [Fact]
    public void Render_RequestNonce_IsOnTheScript()
    {
        var request = Request();
        request.Items["csp-nonce"] = "r4nd0m";

        Assert.Equal("r4nd0m", RenderWith<GoogleConsentMode>(request).Find("script").GetAttribute("nonce"));
    }

    private static List<(string Command, Dictionary<string, string> Signals)> Commands(string script) =>
        [.. CommandPattern().Matches(script).Select(m => (
            m.Groups[1].Value,
            SignalPattern().Matches(m.Groups[2].Value).ToDictionary(s => s.Groups[1].Value, s => s.Groups[2].Value)))];

    [GeneratedRegex(@"gtag\('consent','(default|update)',\{([^}]*)\}\);")]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"(\w+):'(granted|denied)'")]
    private static partial Regex SignalPattern();
}
