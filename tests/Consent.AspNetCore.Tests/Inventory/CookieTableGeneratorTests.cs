using System.Text;
using Consent.Abstractions;
using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Testing;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>
/// The generator's rules, run on small CSVs written here, and the committed table checked against the committed CSV.
/// </summary>
public sealed class CookieTableGeneratorTests
{
    private const string Header =
        "ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match\n";

    [Fact]
    public void CommittedTable_IsWhatTheGeneratorWritesFromTheCommittedCsv()
    {
        var output = Path.Combine(Path.GetTempPath(), $"consent-ocd-{Guid.NewGuid():N}.tsv");
        try
        {
            var (exitCode, errors) = CookieTableGenerator.Run("--output", output);
            Assert.True(exitCode == 0, $"{CookieTableGenerator.Script} failed ({exitCode}): {errors}");

            var expected = File.ReadAllBytes(output);
            var committed = File.ReadAllBytes(RepositoryFiles.PathOf(CookieTableGenerator.CommittedTable));
            Assert.True(
                expected.AsSpan().SequenceEqual(committed),
                $"{CookieTableGenerator.CommittedTable} is stale ({FirstDifference(expected, committed)}): run python3 {CookieTableGenerator.Script} and commit the result.");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void CheckOption_AcceptsTheCommittedTable()
    {
        var (exitCode, errors) = CookieTableGenerator.Run("--check");

        Assert.True(exitCode == 0, errors);
    }

    [Fact]
    public void EmbeddedLicence_IsTheDatabasesLicence()
    {
        var licence = File.ReadAllText(RepositoryFiles.PathOf("eng/open-cookie-database/LICENSE"));

        Assert.Equal(licence, OpenCookieDatabase.ReadLicense());
        Assert.Contains("Apache License", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void CommittedTable_StartsWithTheAttributionAndTheChangesMade()
    {
        var notice = File.ReadLines(RepositoryFiles.PathOf(CookieTableGenerator.CommittedTable))
            .TakeWhile(line => line.StartsWith('#'))
            .ToList();

        Assert.Contains(notice, line => line.Contains("Derived from the Open Cookie Database", StringComparison.Ordinal));
        Assert.Contains(notice, line => line.Contains("Apache License, Version 2.0", StringComparison.Ordinal));
        Assert.Contains(notice, line => line.Contains("Changes made to the database", StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Rule", "C11")]
    [InlineData("Analytics", false, CategoryKeys.Analytics)]
    [InlineData("Marketing", false, CategoryKeys.Marketing)]
    [InlineData("Personalization", false, CategoryKeys.Functional)]
    [InlineData("Functional", false, CategoryKeys.Functional)]
    [InlineData("Functional", true, CategoryKeys.Necessary)]
    [InlineData("Security", false, CategoryKeys.Functional)]
    [InlineData("Security", true, CategoryKeys.Necessary)]
    [InlineData("Necessary", false, CategoryKeys.Functional)]
    [InlineData("Necessary", true, CategoryKeys.Necessary)]
    public void Category_IsNecessaryOnlyForRowsOnTheReviewedList(string databaseCategory, bool listed, string expected)
    {
        var necessary = listed ? "id-1\tsome_cookie\tauthentication\tsigns the user in\n" : "";

        var database = CookieTableGenerator.FromCsv(Header + Row("id-1", "some_cookie", databaseCategory), necessary);

        Assert.Equal(expected, database.Suggest("some_cookie")?.Category);
    }

    [Theory]
    [Trait("Rule", "C11")]
    [InlineData("Analytics")]
    [InlineData("Marketing")]
    [InlineData("Personalization")]
    public void ReviewedList_NamingARowOfACategoryThatNeedsConsent_FailsTheGenerator(string databaseCategory)
    {
        var (exitCode, errors, _) = CookieTableGenerator.Generate(
            Header + Row("id-1", "some_cookie", databaseCategory), "id-1\tsome_cookie\tconsent\tstores the choice\n");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("only", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewedList_NamingARowTheCsvNoLongerHas_FailsTheGenerator()
    {
        var (exitCode, errors, _) = CookieTableGenerator.Generate(
            Header + Row("id-1", "renamed_cookie", "Functional"), "id-1\tsome_cookie\tconsent\tstores the choice\n");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("some_cookie", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2 years", 730 * 24 * 60)]
    [InlineData("1 Year", 365 * 24 * 60)]
    [InlineData("13 months", 390 * 24 * 60)]
    [InlineData("2 Weeks", 14 * 24 * 60)]
    [InlineData("1 day", 24 * 60)]
    [InlineData("24 hours", 24 * 60)]
    [InlineData("1440 Minutes", 24 * 60)]
    [InlineData("30 minutes", 30)]
    [InlineData("30 mins", 30)]
    [InlineData("120 seconds", 2)]
    public void Lifetime_WholeNumberOfAUnit_IsADuration(string retention, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), GenerateOne(retention).Duration);

    [Fact]
    public void Lifetime_InSeconds_KeepsTheSeconds() => Assert.Equal(TimeSpan.FromSeconds(90), GenerateOne("90 sec").Duration);

    [Theory]
    [InlineData("session")]
    [InlineData("Session")]
    [InlineData("Sessions")]
    [InlineData("session cookie")]
    [InlineData("End of session (browser)")]
    public void Lifetime_Session_IsASessionCookie(string retention) => Assert.Equal(SuggestedLifetime.Session, GenerateOne(retention));

    [Theory]
    [InlineData("")]
    [InlineData("persistent")]
    [InlineData("forever")]
    [InlineData("Unknown")]
    [InlineData("0 days")]
    [InlineData("Session to 30 days")]
    [InlineData("1 week to 1 year")]
    [InlineData("2 years after last activity")]
    [InlineData("1 hour or longer")]
    [InlineData("10 Nov 2030")]
    [InlineData("Local Storage")]
    [InlineData("Seesion")]
    public void Lifetime_WithoutAnUnambiguousReading_IsUnknown(string retention) =>
        Assert.Equal(SuggestedLifetime.Unknown, GenerateOne(retention));

    [Theory]
    [InlineData("Acme Ltd", "Acme Widgets", "Acme Ltd")]
    [InlineData("", "Acme Widgets", "Acme Widgets")]
    [InlineData("", "", null)]
    public void Provider_IsTheDataControllerElseThePlatform(string controller, string platform, string? expected)
    {
        var csv = Header + $"id-1,{platform},Analytics,some_cookie,,Counts visits.,1 day,{controller},,0\n";

        Assert.Equal(expected, CookieTableGenerator.FromCsv(csv).Suggest("some_cookie")?.Provider);
    }

    [Fact]
    public void Duplicates_TheRowThatAsksMostWins_ThenTheLowestId()
    {
        var csv = Header
            + Row("id-3", "twice", "Marketing", controller: "Third")
            + Row("id-2", "twice", "Marketing", controller: "Second")
            + Row("id-1", "twice", "Functional", controller: "First");

        var suggestion = CookieTableGenerator.FromCsv(csv).Suggest("twice");

        Assert.NotNull(suggestion);
        Assert.Equal(("Second", CategoryKeys.Marketing), (suggestion.Provider, suggestion.Category));
        Assert.Equal(["id-1", "id-3"], suggestion.OtherSourceIds);
    }

    [Fact]
    public void Stems_ShorterThanFourCharacters_AreDropped_AndATrailingStarMarksAStem()
    {
        var csv = Header
            + Row("id-1", "_s", "Analytics", wildcard: true)
            + Row("id-2", "_sh", "Analytics", wildcard: true)
            + Row("id-3", "_shop", "Marketing", wildcard: true)
            + Row("id-4", "UID_EXT_*", "Marketing");

        var database = CookieTableGenerator.FromCsv(csv);

        Assert.Equal(2, database.Count);
        Assert.Null(database.Suggest("_sx"));
        Assert.Equal("_shop", database.Suggest("_shopify_u")?.MatchedName);
        Assert.Equal(("UID_EXT_", true), (database.Suggest("UID_EXT_42")?.MatchedName, database.Suggest("UID_EXT_42")?.IsStemMatch ?? false));
    }

    [Fact]
    public void Names_LoseInvisibleCharactersAndSurroundingWhitespace_DescriptionsTheirLineBreaks()
    {
        var csv = Header + "id-1,Acme,Analytics,\"sess\u00adion_id\t\",,\"Counts\n\tvisits.\",1 day,Acme,,0\n";

        var suggestion = CookieTableGenerator.FromCsv(csv).Suggest("session_id");

        Assert.Equal("Counts visits.", suggestion?.Purpose);
    }

    [Fact]
    public void UnknownDatabaseCategory_FailsTheGenerator()
    {
        var (exitCode, errors, _) = CookieTableGenerator.Generate(Header + Row("id-1", "some_cookie", "Preferences"), "");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Preferences", errors, StringComparison.Ordinal);
    }

    private static SuggestedLifetime GenerateOne(string retention)
    {
        var csv = Header + $"id-1,Acme,Analytics,some_cookie,,Counts visits.,\"{retention}\",Acme,,0\n";
        return CookieTableGenerator.FromCsv(csv).Suggest("some_cookie")?.Lifetime
            ?? throw new InvalidOperationException("The generated table has no some_cookie.");
    }

    private static string Row(string id, string name, string category, string controller = "Acme", bool wildcard = false) =>
        $"{id},Acme Platform,{category},{name},,Does something.,1 year,{controller},,{(wildcard ? 1 : 0)}\n";

    private static string FirstDifference(byte[] expected, byte[] committed)
    {
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var committedLines = Encoding.UTF8.GetString(committed).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, committedLines.Length); i++)
        {
            var want = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var have = i < committedLines.Length ? committedLines[i] : "(end of file)";
            if (!string.Equals(want, have, StringComparison.Ordinal))
            {
                return $"first difference at line {i + 1}: generated \"{want}\", committed \"{have}\"";
            }
        }

        return "the lines match but the bytes differ, for example in line endings";
    }
}
