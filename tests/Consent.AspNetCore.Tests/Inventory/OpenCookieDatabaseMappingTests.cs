using Consent.Abstractions;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>What the shipped table makes of the database's categories and retention periods, on known rows.</summary>
public sealed class OpenCookieDatabaseMappingTests
{
    [Theory]
    [Trait("Rule", "C11")]
    [InlineData("_ga", CategoryKeys.Analytics)]                    // Analytics
    [InlineData("_fbp", CategoryKeys.Marketing)]                   // Marketing
    [InlineData("sidebarPinned", CategoryKeys.Functional)]         // Personalization
    [InlineData("ARRAffinity", CategoryKeys.Necessary)]            // Functional, load balancing: on the reviewed list
    [InlineData("pll_language", CategoryKeys.Necessary)]           // Functional, the language the visitor chose
    [InlineData("Cart", CategoryKeys.Necessary)]                   // Functional, a shopping cart
    [InlineData("CookieConsent", CategoryKeys.Necessary)]          // Functional, a consent cookie
    [InlineData("PHPSESSID", CategoryKeys.Functional)]             // Functional, a generic session: not on the list
    [InlineData("__cf_bm", CategoryKeys.Functional)]               // Functional, bot detection: not on the list
    [InlineData("XSRF-TOKEN", CategoryKeys.Necessary)]             // Security, antiforgery
    [InlineData("csrf_same_site", CategoryKeys.Functional)]        // Security by name, tracking by description
    [InlineData("__cmpQQ_CookieConsent", CategoryKeys.Necessary)]  // Necessary, a consent cookie
    [InlineData("_rails_session", CategoryKeys.Functional)]        // Necessary, a generic session: not on the list
    public void Category_FollowsTheMappingAndTheReviewedList(string name, string category) =>
        Assert.Equal(category, OpenCookieDatabase.Shared.Suggest(name)?.Category);

    [Theory]
    [InlineData("_ga", 730 * 24 * 60)]          // "2 years"
    [InlineData("_pk_id.1.a2f3", 390 * 24 * 60)] // "13 months"
    [InlineData("_gid", 24 * 60)]               // "1 day"
    [InlineData("_pk_ses.1.a2f3", 30)]          // "30 minutes"
    public void Lifetime_WholeNumberOfAUnit_IsParsed(string name, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OpenCookieDatabase.Shared.Suggest(name)?.Lifetime.Duration);

    [Theory]
    [InlineData("GCLB")]               // "Session"
    [InlineData("x-ms-gateway-slice")] // "End of session (browser)"
    public void Lifetime_Session_IsASessionCookie(string name)
    {
        var lifetime = OpenCookieDatabase.Shared.Suggest(name)?.Lifetime;

        Assert.Equal(SuggestedLifetime.Session, lifetime);
        Assert.Null(lifetime?.Duration);
    }

    [Theory]
    [InlineData("mtm_consent")]    // "forever"
    [InlineData("BIGipServerweb")] // "Unknown"
    [InlineData("next-auth.session-token")] // "Session to 30 days"
    [InlineData("FunctionalCookie")] // "0 days"
    public void Lifetime_WithoutAnUnambiguousReading_IsUnknown(string name)
    {
        var lifetime = OpenCookieDatabase.Shared.Suggest(name)?.Lifetime;

        Assert.NotNull(lifetime);
        Assert.False(lifetime.Value.IsKnown);
        Assert.False(lifetime.Value.IsSession);
    }

    [Fact]
    public void Provider_IsTheDataControllerRatherThanThePlatform()
    {
        // Platform "Google Tag Manager", Data Controller "Google".
        Assert.Equal("Google", OpenCookieDatabase.Shared.Suggest("cookiePreferences")?.Provider);
    }

    [Fact]
    public void Provider_WhenTheRowNamesNeither_IsNull() => Assert.Null(OpenCookieDatabase.Shared.Suggest("XSRF-TOKEN")?.Provider);
}
