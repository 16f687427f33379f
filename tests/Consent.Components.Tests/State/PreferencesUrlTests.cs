using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Components.Tests.State;

/// <summary>
/// The settings layer opens from a plain URL, the one the footer link uses, read as the server reads query strings.
/// </summary>
public sealed class PreferencesUrlTests : BunitContext
{
    [Theory]
    [Trait("Rule", "C9")]
    [InlineData("/?consent=settings", true)]
    [InlineData("/news?x=1&consent=settings", true)]
    [InlineData("/?Consent=settings", false)]
    [InlineData("/?consent=Settings", false)]
    [InlineData("/?consent=other", false)]
    [InlineData("/", false)]
    public void IsRequested_MatchesTheParameterAndValueExactly(string uri, bool requested)
    {
        Assert.Equal(requested, PreferencesUrl.IsRequested(At(uri)));
    }

    [Fact]
    public void OpenForm_KeepsTheOtherParametersExactly_WithCaseOrderAndBareNames()
    {
        var (action, query) = PreferencesUrl.OpenForm(At("/news?a=1&A=2&flag&consent=settings&q=%D8%A3+%D8%A8&Consent=x"));

        Assert.Equal("/news#consent-settings", action);
        Assert.Equal([("a", "1"), ("A", "2"), ("flag", string.Empty), ("q", "أ ب"), ("Consent", "x")], query);
    }

    private NavigationManager At(string uri)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(uri);
        return navigation;
    }
}
