using Consent.Abstractions;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>A table that knows better, such as the library's own ASP.NET Core cookies, goes in front of the database.</summary>
public sealed class CookieSuggestionsTests
{
    private static readonly DeclaredCookieSuggestionSource LibraryTable = new(
        [
            new DeclaredCookie
            {
                Name = ".AspNetCore.Antiforgery.*",
                Category = CategoryKeys.Necessary,
                Purpose = "Protects forms against cross-site request forgery.",
                Provider = "This site",
            },
            new DeclaredCookie
            {
                Name = ".AspNetCore.Culture",
                Category = CategoryKeys.Necessary,
                Purpose = "Remembers the language you chose.",
                Provider = "This site",
                Lifetime = TimeSpan.FromDays(365),
            },
        ],
        source: "Consent",
        purposeLanguage: "en");

    [Fact]
    public void Suggest_NameBothSourcesKnow_ComesFromTheSourceInFront()
    {
        var suggestions = CookieSuggestions.WithOpenCookieDatabase(LibraryTable);
        Assert.NotNull(OpenCookieDatabase.Shared.Suggest(".AspNetCore.Antiforgery.uRYp2xGSnUo"));

        var suggestion = suggestions.Suggest(".AspNetCore.Antiforgery.uRYp2xGSnUo");

        Assert.NotNull(suggestion);
        Assert.Equal("Consent", suggestion.Source);
        Assert.Equal("Protects forms against cross-site request forgery.", suggestion.Purpose);
        Assert.Equal(".AspNetCore.Antiforgery.*", suggestion.MatchedName);
        Assert.True(suggestion.IsStemMatch);
        Assert.Equal(SuggestedLifetime.Session, suggestion.Lifetime);
    }

    [Fact]
    public void Suggest_NameOnlyTheSourceInFrontKnows_ComesFromIt()
    {
        var suggestion = CookieSuggestions.WithOpenCookieDatabase(LibraryTable).Suggest(".AspNetCore.Culture");

        Assert.Equal(("Consent", TimeSpan.FromDays(365)), (suggestion?.Source, suggestion?.Lifetime.Duration));
    }

    [Fact]
    public void Suggest_NameTheSourceInFrontDoesNotKnow_FallsThroughToTheDatabase()
    {
        var suggestion = CookieSuggestions.WithOpenCookieDatabase(LibraryTable).Suggest("_ga");

        Assert.Equal((OpenCookieDatabase.SourceName, CategoryKeys.Analytics), (suggestion?.Source, suggestion?.Category));
    }

    [Fact]
    public void Suggest_WithoutASourceInFront_IsTheDatabase() =>
        Assert.Equal(OpenCookieDatabase.SourceName, CookieSuggestions.WithOpenCookieDatabase().Suggest("ARRAffinity")?.Source);

    [Fact]
    public void Suggest_NameNoSourceKnows_ReturnsNull() =>
        Assert.Null(CookieSuggestions.WithOpenCookieDatabase(LibraryTable).Suggest("consent_site_specific_cookie"));
}
