using AngleSharp.Dom;
using Bunit;
using Consent.Abstractions;

namespace Consent.Components.Tests.Components;

/// <summary>
/// Issue 14: every consent form the components render carries its own submission key, so that a retry of that
/// form is recognised and a new form is not mistaken for a retry.
/// </summary>
public sealed class SubmissionKeyFieldTests : ConsentComponentTest
{
    [Fact]
    public void Banner_TwoRenders_GiveTwoDistinctValidKeys()
    {
        var first = Key(RenderWith<CookieConsentBanner>(Request()).Find("form#consent-banner-form"));
        var second = Key(RenderWith<CookieConsentBanner>(Request()).Find("form#consent-banner-form"));

        Assert.True(ConsentSubmissionKey.IsValid(first), first);
        Assert.True(ConsentSubmissionKey.IsValid(second), second);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?consent=settings")]
    public void Banner_EveryPostForm_CarriesExactlyOneValidKey(string uri)
    {
        NavigateTo(uri);
        var banner = RenderWith<CookieConsentBanner>(Request()).Find("section#consent-banner");

        var forms = banner.QuerySelectorAll("form[method=post]");
        Assert.NotEmpty(forms);
        Assert.All(forms, form =>
        {
            var keys = form.QuerySelectorAll($"input[name='{ConsentFormNames.SubmissionKey}']");
            Assert.True(ConsentSubmissionKey.IsValid(Assert.Single(keys).GetAttribute("value")));
            Assert.Equal("hidden", keys[0].GetAttribute("type"));
        });
    }

    [Fact]
    public void GatePlaceholder_TwoRenders_GiveTwoDistinctValidKeys()
    {
        var first = Key(RenderGate().Find(".consent-placeholder form"));
        var second = Key(RenderGate().Find(".consent-placeholder form"));

        Assert.True(ConsentSubmissionKey.IsValid(first), first);
        Assert.True(ConsentSubmissionKey.IsValid(second), second);
        Assert.NotEqual(first, second);
    }

    private IRenderedComponent<ConsentGate> RenderGate() =>
        RenderWith<ConsentGate>(Request(), p => p.Add(g => g.Category, "marketing").AddChildContent("<iframe></iframe>"));

    private static string? Key(IElement form) =>
        Assert.Single(form.QuerySelectorAll($"input[name='{ConsentFormNames.SubmissionKey}']")).GetAttribute("value");
}
