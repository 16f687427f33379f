using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Consent.Audit.Tool.Localization;
using Consent.Testing;

namespace Consent.Audit.Tool.Tests.Localization;

/// <summary>The resources as the tool finds them at run time: the lookup must return texts, never their keys.</summary>
public sealed partial class ToolStringsTests
{
    private static readonly string[] ArabicOnlyPluralForms = [".Zero", ".Two", ".Few", ".Many"];

    [Fact]
    public void Assembly_DeclaresArabicAsItsNeutralLanguage()
    {
        var attribute = typeof(ToolLanguage).Assembly.GetCustomAttribute<NeutralResourcesLanguageAttribute>();

        Assert.Equal("ar", attribute?.CultureName);
    }

    [Fact]
    public void EveryKey_HasAnArabicTextThatIsNotItsKey()
    {
        var arabic = Texts("ar");

        Assert.True(arabic.Count > 150, $"only {arabic.Count} Arabic texts were found: the resources are not where the lookup reads them");
        AssertLookedUpTexts(arabic, ToolLanguage.Arabic);
    }

    [Fact]
    public void EveryKey_HasAnEnglishTextExceptArabicOnlyPluralForms()
    {
        var arabic = Texts("ar");
        var english = Texts("en");

        Assert.Equal(
            arabic.Keys.Where(k => !ArabicOnlyPluralForms.Any(f => k.EndsWith(f, StringComparison.Ordinal))).Order(StringComparer.Ordinal),
            english.Keys.Order(StringComparer.Ordinal));
        AssertLookedUpTexts(english, ToolLanguage.English);
    }

    // Each text is real (not blank, not its key) and is what the tool's own lookup returns for its key.
    private static void AssertLookedUpTexts(IReadOnlyDictionary<string, string> texts, ToolLanguage language) =>
        Assert.All(texts, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key);
            Assert.NotEqual(pair.Key, pair.Value);
            Assert.Equal(pair.Value, language[pair.Key]);
        });

    [Fact]
    public void Lookup_ReturnsArabicForArabicAndEnglishForEnglish()
    {
        Assert.Equal("تقرير تدقيق سجل الموافقات", ToolLanguage.Arabic["Report.Title"]);
        Assert.Equal("Consent audit report", ToolLanguage.English["Report.Title"]);
        Assert.Equal("ضرورية", ToolLanguage.Arabic.Category("necessary"));
        Assert.Equal("necessary", ToolLanguage.English.Category("necessary"));
        Assert.Equal("newsletter", ToolLanguage.Arabic.Category("newsletter"));
    }

    // A text the code asks for but the resources lack would fail only on the path that prints it.
    [Fact]
    public void EveryKeyTheCodeNames_IsInTheResources()
    {
        var arabic = Texts("ar");
        var source = Directory.EnumerateFiles(RepositoryFiles.PathOf("src/Consent.Audit.Tool"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var named = source.SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Where(key => !key.EndsWith('.')) // a prefix such as "Show.Column." + name; its keys are checked by the commands' tests
            .Distinct().ToList();

        Assert.True(named.Count > 80, $"only {named.Count} keys found in the source");
        Assert.All(named, key => Assert.True(arabic.ContainsKey(key), $"the code names '{key}', which Resources/ToolStrings.resx does not hold"));
    }

    private static Dictionary<string, string> Texts(string culture)
    {
        var set = ToolLanguage.Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false);
        Assert.NotNull(set);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    [GeneratedRegex("""(?:language|Language|context\.Language)(?:\[|\.Format\()"(?<key>[A-Z][A-Za-z]+\.[A-Za-z.]+)"|Html\("(?<key>Report\.[A-Za-z.]+)"|"(?<key>(?:Verify|Report)\.[A-Za-z]+)" :""")]
    private static partial Regex KeyLiteral();
}
