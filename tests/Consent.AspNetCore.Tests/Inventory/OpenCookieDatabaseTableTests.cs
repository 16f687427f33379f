namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>Reading the table format, independently of the CSV it was generated from.</summary>
public sealed class OpenCookieDatabaseTableTests
{
    [Theory]
    [InlineData("730d", 730 * 24 * 60 * 60)]
    [InlineData("6h", 6 * 60 * 60)]
    [InlineData("30m", 30 * 60)]
    [InlineData("90s", 90)]
    public void Lifetime_NumberAndUnit_IsADuration(string lifetime, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Parse(Line("name", lifetime: lifetime)).Suggest("name")?.Lifetime.Duration);

    [Fact]
    public void Lifetime_SessionOrEmpty_IsSessionOrUnknown()
    {
        var database = Parse(Line("a", lifetime: "session"), Line("b", lifetime: ""));

        Assert.Equal(SuggestedLifetime.Session, database.Suggest("a")?.Lifetime);
        Assert.Equal(SuggestedLifetime.Unknown, database.Suggest("b")?.Lifetime);
    }

    [Theory]
    [InlineData("2y")]
    [InlineData("0d")]
    [InlineData("-1d")]
    [InlineData("d")]
    [InlineData("99999999999999999d")]
    public void Lifetime_Unreadable_IsRejectedWithTheLineNumber(string lifetime)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("# notice", Line("name", lifetime: lifetime)));

        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name\t=\tnecessary")]
    [InlineData("name\t?\tnecessary\t\t\tPurpose.\tid\t")]
    [InlineData("name\t=\tessential\t\t\tPurpose.\tid\t")]
    public void MalformedLine_IsRejected(string line) => Assert.Throws<InvalidDataException>(() => Parse(line));

    [Fact]
    public void NameListedTwice_IsRejected() => Assert.Throws<InvalidDataException>(() => Parse(Line("twice"), Line("twice")));

    [Fact]
    public void SameNameAsExactAndAsStem_AreTwoEntries() => Assert.Equal(2, Parse(Line("both"), Line("both", stem: true)).Count);

    [Fact]
    public void StemShorterThanFourCharacters_IsIgnoredEvenIfTheTableHasIt()
    {
        var database = Parse(Line("_s", stem: true), Line("_sho", stem: true));

        Assert.Equal("_sho", database.Suggest("_shopify_u")?.MatchedName);
        Assert.Null(database.Suggest("_sx"));
        Assert.Equal(1, database.Count);
    }

    [Fact]
    public void Stem_MatchesTheNameThatIsTheStemItself() =>
        Assert.Equal("BIGipServer", Parse(Line("BIGipServer", stem: true)).Suggest("BIGipServer")?.MatchedName);

    [Fact]
    public void EmptyProviderAndMergedIds_AreNullAndEmpty()
    {
        var suggestion = Parse(Line("name", provider: "")).Suggest("name");

        Assert.Null(suggestion?.Provider);
        Assert.Empty(suggestion?.OtherSourceIds ?? ["not found"]);
    }

    private static string Line(string name, bool stem = false, string provider = "Acme", string lifetime = "1d") =>
        $"{name}\t{(stem ? "*" : "=")}\tfunctional\t{provider}\t{lifetime}\tDoes something.\tid-{name}\t";

    private static OpenCookieDatabase Parse(params string[] lines)
    {
        using var reader = new StringReader(string.Join('\n', lines) + "\n");
        return OpenCookieDatabase.Parse(reader);
    }
}
