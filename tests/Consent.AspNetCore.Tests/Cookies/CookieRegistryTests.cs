using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Consent.AspNetCore.Tests.Cookies;

/// <summary>
/// The registry's short cuts (names of a length no exact name has are not hashed, stem patterns compared as prefixes)
/// give the answer of its definition: the exact name if declared, else the first pattern in declaration order.
/// </summary>
public sealed class CookieRegistryTests
{
    private static readonly string LongName = new('L', 70);

    // Few letters, so random names often hit exact names, stems and globs, and lengths collide.
    private static readonly Gen<string> Names =
        Gen.Frequency(
            (8, Gen.ListOf(Gen.Elements('a', 'b', '_', '.', 'A')).Select(chars => new string([.. chars.Take(9)]))),
            (1, Gen.Elements(LongName, LongName + "x", LongName[..63], LongName[..64], "")));

    private static readonly Gen<string> Patterns =
        from name in Names
        from star in Gen.Elements(-1, 0, 1, 2, 3, 100)
        from second in Gen.Elements(false, false, true)
        let at = star < 0 ? -1 : Math.Min(star, name.Length)
        let once = at < 0 ? name : name.Insert(at, "*")
        select second ? once + "*" : once;

    private static DeclaredCookie Declared(string name) =>
        new() { Name = name, Category = ConsentCategory.Analytics, Purpose = "p", Provider = "p" };

    private static DeclaredCookie? ByDefinition(IReadOnlyList<DeclaredCookie> cookies, string name) =>
        cookies.FirstOrDefault(c => !c.IsPattern && c.Name == name)
        ?? cookies.FirstOrDefault(c => c.IsPattern && CookieNamePattern.IsMatch(c.Name, name));

    [Property(MaxTest = 2000)]
    [Trait("Rule", "C11")]
    public Property Find_AnswersAsExactNamesThenPatternsInDeclarationOrder() =>
        Prop.ForAll(
            Gen.ListOf(Patterns).Select(list => list.Take(8).Select(Declared).ToList()).ToArbitrary(),
            Gen.ListOf(Names).Select(list => list.Take(6).ToList()).ToArbitrary(),
            (cookies, names) =>
            {
                var registry = new CookieRegistry(cookies);
                return cookies.Select(c => c.Name.Replace("*", "", StringComparison.Ordinal)).Concat(names)
                    .All(name => ReferenceEquals(registry.Find(name), ByDefinition(cookies, name)))
                    .Label($"declared [{string.Join(", ", cookies.Select(c => c.Name))}], names [{string.Join(", ", names)}]");
            });

    [Theory]
    [Trait("Rule", "C11")]
    [InlineData("_ga", "_ga*")] // a stem pattern matches its stem alone
    [InlineData("_ga_K2Q9", "_ga*")]
    [InlineData("_gid", null)]
    [InlineData(".AspNetCore.Antiforgery.uRYp2xGSnUo", ".AspNetCore.Antiforgery.*")]
    [InlineData("x_ad", "*_ad")]
    [InlineData("session", "session")]
    [InlineData("Session", null)] // browsers compare names case-sensitively
    public void Find_NamesTheDeclarationABrowserCookieBelongsTo(string name, string? expected)
    {
        var registry = new CookieRegistry([Declared("session"), Declared("_ga*"), Declared(".AspNetCore.Antiforgery.*"), Declared("*_ad")]);

        Assert.Equal(expected, registry.Find(name)?.Name);
    }

    [Fact]
    public void Find_KnowsExactNamesOfSixtyFourCharactersAndMore()
    {
        var registry = new CookieRegistry([Declared(LongName), Declared(LongName[..64])]);

        Assert.Equal(LongName, registry.Find(LongName)?.Name);
        Assert.Equal(LongName[..64], registry.Find(LongName.AsSpan(0, 64))?.Name);
        Assert.Null(registry.Find(LongName.AsSpan(0, 63)));
    }
}
