using Consent.Testing;
using Xunit.Sdk;

namespace Consent.Sample.Tests.Inventory;

/// <summary>The README's CI example, run against the sample: it fails on a page that sets an undeclared cookie.</summary>
public sealed class ReadmeExampleTests : IClassFixture<SampleFactory>
{
    private readonly SampleFactory _sample;

    public ReadmeExampleTests(SampleFactory sample) => _sample = sample;

    [Fact]
    [Trait("Rule", "C11")]
    public async Task Example_OnAPageThatSetsAnUndeclaredCookie_Fails_AndSaysWhatToDeclare()
    {
        var failure = await Assert.ThrowsAsync<TrueException>(() => SiteCiExample.AssertPageSetsNoUndeclaredCookieAsync(_sample, "/demo/cookies"));

        Assert.Contains("/demo/cookies sets undeclared cookies", failure.Message, StringComparison.Ordinal);
        Assert.Contains("options.Cookies.Add(new DeclaredCookie { Name = \"_fbp\", Category = ConsentCategory.Marketing", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_OnAPageThatSetsOnlyDeclaredCookies_Passes() =>
        await SiteCiExample.AssertPageSetsNoUndeclaredCookieAsync(_sample, "/privacy");

    [Fact]
    public void Readme_ShowsTheExampleAsTheTestsRunIt()
    {
        var source = File.ReadAllText(RepositoryFiles.PathOf("tests/Consent.Sample.Tests/Inventory/SiteCiExample.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = source.IndexOf("// readme-example-start\n", StringComparison.Ordinal) + "// readme-example-start\n".Length;
        var end = source.IndexOf("    // readme-example-end", StringComparison.Ordinal);
        var method = source[start..end].TrimEnd();

        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains(method, readme, StringComparison.Ordinal);
    }
}
