using System.Text.RegularExpressions;
using Consent.AspNetCore.Tests.Infrastructure;
using Consent.Testing;

namespace Consent.AspNetCore.Tests.Compliance;

/// <summary>
/// docs/compliance.md defines the rules, and a test cites a rule it proves with a <c>Rule</c> trait, in no other way.
/// Read from the source tree, so a rule dropped from the document, a misspelt trait or a rule left without a proof
/// fails the build's tests, naming the file and line.
/// </summary>
public sealed partial class RuleCatalogueTests
{
    // The contract: the rules the library promises to keep. Changing this list changes the promise.
    private static readonly string[] Catalogue =
    [
        "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11",
        "R1", "R2", "R3", "R4", "R5",
        "L1", "L2", "L3", "L4",
        "G1", "G2", "G3",
        "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8",
    ];

    private const string Document = "docs/compliance.md";

    [Fact]
    public void Document_DefinesEveryRuleOfTheCatalogueOnce_AndNoOther()
    {
        var definitions = RepositoryFiles.Lines(Document)
            .Select(line => (line.Number, Match: Definition().Match(line.Text)))
            .Where(d => d.Match.Success)
            .Select(d => (d.Number, Id: d.Match.Groups[1].Value))
            .ToList();

        var problems = new List<string>();
        foreach (var group in definitions.GroupBy(d => d.Id, StringComparer.Ordinal))
        {
            var first = group.First();
            if (!Catalogue.Contains(group.Key, StringComparer.Ordinal))
            {
                problems.Add($"{Document}:{first.Number}: defines {group.Key}, which is not in the catalogue of {nameof(RuleCatalogueTests)}");
            }

            problems.AddRange(group.Skip(1).Select(again => $"{Document}:{again.Number}: defines {group.Key} again (first at line {first.Number})"));
        }

        problems.AddRange(Catalogue
            .Where(id => !definitions.Any(d => d.Id == id))
            .Select(id => $"{Document}: no line starts with \"- {id} \", so {id} is not defined"));
        Assert.True(problems.Count == 0, $"{Document} must define each rule of the catalogue once:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void Traits_NameOnlyRulesOfTheCatalogue()
    {
        var unknown = Citations()
            .Where(c => !Catalogue.Contains(c.Id, StringComparer.Ordinal))
            .Select(c => $"{c.File}:{c.Line}: [Trait(\"Rule\", \"{c.Id}\")]")
            .ToList();

        Assert.True(unknown.Count == 0, $"These traits name no rule of {Document}:\n{string.Join('\n', unknown)}");
    }

    [Fact]
    public void Catalogue_EveryRuleIsCitedByATest()
    {
        var cited = Citations().Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var uncited = Catalogue.Where(id => !cited.Contains(id)).ToList();

        Assert.True(uncited.Count == 0, $"No test carries [Trait(\"Rule\", \"…\")] for: {string.Join(", ", uncited)}. Cite the rule on the test that proves it, or write that test.");
    }

    [Fact]
    public void Tests_CiteRulesOnlyThroughTheTrait()
    {
        var oldWays = TestFiles()
            .SelectMany(RepositoryFiles.Lines)
            .SelectMany(line => Describe(line, SuffixedMethod(), "the method name ends in a rule ID")
                .Concat(Describe(line, ComplianceComment(), "cites a rule as COMPLIANCE and an ID")))
            .ToList();

        Assert.True(oldWays.Count == 0, $"Rules are cited with [Trait(\"Rule\", \"…\")] only:\n{string.Join('\n', oldWays)}");

        static IEnumerable<string> Describe((string File, int Number, string Text) line, Regex pattern, string what) =>
            pattern.Matches(line.Text).Select(m => $"{line.File}:{line.Number}: {what}: {m.Groups[1].Value}");
    }

    private static IEnumerable<(string File, int Line, string Id)> Citations() =>
        from file in TestFiles()
        from line in RepositoryFiles.Lines(file)
        where !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal)
        from match in RuleTrait().Matches(line.Text)
        select (line.File, line.Number, match.Groups[1].Value);

    private static IEnumerable<string> TestFiles() => RepositoryFiles.Under("tests", "*.cs");

    // A rule is defined by a bullet whose first word is its ID: "- C9 …".
    [GeneratedRegex(@"^- ([CRLGA]\d+) ")]
    private static partial Regex Definition();

    [GeneratedRegex(@"Trait\(\s*""Rule""\s*,\s*""([^""]*)""\s*\)")]
    private static partial Regex RuleTrait();

    [GeneratedRegex(@"\b(?:public|private|internal|protected)\b[^=(]*\b(\w+_[CRLGA]\d+)\s*[(<]")]
    private static partial Regex SuffixedMethod();

    [GeneratedRegex(@"(COMPLIANCE\s+[CRLGA]\d+)")]
    private static partial Regex ComplianceComment();
}
