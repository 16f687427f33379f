using Consent.Abstractions;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>Matching names against the table shipped with the library.</summary>
public sealed class OpenCookieDatabaseTests
{
    private static OpenCookieDatabase Database => OpenCookieDatabase.Shared;

    [Fact]
    public void Suggest_ExactName_ReturnsItsRowWithEverythingTheSuggestionCarries()
    {
        var suggestion = Database.Suggest("_ga");

        Assert.NotNull(suggestion);
        Assert.Equal(CategoryKeys.Analytics, suggestion.Category);
        Assert.Equal("Google", suggestion.Provider);
        Assert.Equal("ID used to identify users", suggestion.Purpose);
        Assert.Equal("en", suggestion.PurposeLanguage);
        Assert.Equal(TimeSpan.FromDays(730), suggestion.Lifetime.Duration);
        Assert.Equal("Open Cookie Database", suggestion.Source);
        Assert.Equal("256c18e8-d881-11e9-8a34-2a2ae2dbcce4", suggestion.SourceId);
        Assert.Equal("_ga", suggestion.MatchedName);
        Assert.False(suggestion.IsStemMatch);
    }

    [Fact]
    public void Suggest_NameThatStartsWithAStem_ReturnsTheStem()
    {
        var suggestion = Database.Suggest("_pk_ref.1.a2f3");

        Assert.NotNull(suggestion);
        Assert.True(suggestion.IsStemMatch);
        Assert.Equal("_pk_ref", suggestion.MatchedName);
        Assert.Equal("Matomo", suggestion.Provider);
        Assert.Equal(CategoryKeys.Analytics, suggestion.Category);
    }

    [Theory]
    [InlineData("_pk_id.1.a2f3", "_pk_id.")]
    [InlineData("_pk_idx", "_pk_id")]
    [InlineData("wp-settings-time-1", "wp-settings-time-")]
    [InlineData("wp-settings-1", "wp-settings-")]
    [InlineData("checkout_session_token_abc", "checkout_session_token_")]
    [InlineData("checkout_session_tokenabc", "checkout_session_token")]
    public void Suggest_NameThatStartsWithSeveralStems_ReturnsTheLongest(string name, string stem) =>
        Assert.Equal(stem, Database.Suggest(name)?.MatchedName);

    [Fact]
    public void Suggest_NameThatIsBothAnExactRowAndAStem_PrefersTheExactRow()
    {
        // The database has `euconsent` as LiveRamp's exact name and as ShareThis's stem.
        var exact = Database.Suggest("euconsent");
        var longer = Database.Suggest("euconsent-v3");

        Assert.Equal(("LiveRamp", false), (exact?.Provider, exact?.IsStemMatch ?? true));
        Assert.Equal(("ShareThis", true), (longer?.Provider, longer?.IsStemMatch ?? false));
    }

    [Fact]
    public void Suggest_ShopifyCookie_IsNotFiledUnderTheShortStemUnderscoreS()
    {
        // Marfeel's stem `_s` would claim every name that starts with `_s`; stems under four characters are dropped.
        var shopify = Database.Suggest("_shopify_u");

        Assert.NotNull(shopify);
        Assert.Equal(("_shopify_u", false), (shopify.MatchedName, shopify.IsStemMatch));
        Assert.Equal(CategoryKeys.Functional, shopify.Category);
        Assert.Null(Database.Suggest("_shopify_not_listed"));
        Assert.Null(Database.Suggest("_sxyz"));
    }

    [Fact]
    public void Suggest_ShortNameListedExactly_StillMatchesExactly()
    {
        // Only stems need four characters: Shopify's exact `_s` stays, Marfeel's stem `_s` is gone.
        var suggestion = Database.Suggest("_s");

        Assert.Equal(("Shopify.com", false), (suggestion?.Provider, suggestion?.IsStemMatch ?? true));
    }

    [Theory]
    [InlineData("arraffinity")]
    [InlineData("ARRAFFINITY")]
    [InlineData("cart")] // the database spells Shopify's cookie `Cart`
    [InlineData("_PK_ID.1.a2f3")]
    public void Suggest_NameInAnotherCase_MatchesNothing(string name) => Assert.Null(Database.Suggest(name));

    [Theory]
    [InlineData("ARRAffinity")]
    [InlineData("Cart")]
    public void Suggest_NameInTheDatabasesCase_Matches(string name) => Assert.NotNull(Database.Suggest(name));

    [Fact]
    public void Suggest_NameListedTwiceWithDifferentCategories_KeepsTheCategoryThatAsksMost()
    {
        // `token` is Adform (Marketing) and Xandr (Functional) in the CSV.
        var suggestion = Database.Suggest("token");

        Assert.NotNull(suggestion);
        Assert.Equal(CategoryKeys.Marketing, suggestion.Category);
        Assert.Equal("Adform", suggestion.Provider);
        Assert.Equal(["b52d31f6-1786-4cbb-978c-55520a9c81fd"], suggestion.OtherSourceIds);
    }

    [Fact]
    public void Suggest_NameListedTwiceWithTheSameCategory_KeepsTheLowestId()
    {
        // `pid` is Smartadserver (72ccbe92…) and Emetric (ddbb67b2…), both Marketing.
        var suggestion = Database.Suggest("pid");

        Assert.NotNull(suggestion);
        Assert.Equal("72ccbe92-6c9b-4441-8b3e-2ec84120b80d", suggestion.SourceId);
        Assert.Equal(["ddbb67b2-33f2-4844-ae27-19e02b20c0e8"], suggestion.OtherSourceIds);
    }

    [Fact]
    public void Suggest_NameNotInTheDatabase_ReturnsNull() => Assert.Null(Database.Suggest("consent_site_specific_cookie"));

    [Fact]
    public void Shared_IsLoadedOnce() => Assert.Same(OpenCookieDatabase.Shared, OpenCookieDatabase.Shared);
}
