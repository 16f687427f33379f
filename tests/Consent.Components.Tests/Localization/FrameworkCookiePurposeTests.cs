using Consent.Abstractions;
using Consent.AspNetCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Components.Tests.Localization;

/// <summary>The cookie tables say what each of ASP.NET Core's cookies is for, in every shipped language.</summary>
public sealed class FrameworkCookiePurposeTests
{
    public static TheoryData<string> Names() => [.. FrameworkCookies.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    [Trait("Rule", "C11")]
    public void Purpose_OfEachFrameworkCookie_IsShippedInArabicEnglishAndFrench(string name)
    {
        var (text, policy) = Create();
        var cookie = Assert.Single(policy.Categories[0].Cookies, c => c.Name == name);

        var arabic = InCulture("ar", () => text.Purpose(cookie, policy));
        var english = InCulture("en", () => text.Purpose(cookie, policy));
        var french = InCulture("fr", () => text.Purpose(cookie, policy));

        Assert.Matches("[\u0621-\u064A]{3}", arabic);
        Assert.DoesNotMatch("[\u0621-\u064A]", english);
        Assert.Equal(FrameworkCookies.All.Single(c => c.Name == name).Purpose, english);
        Assert.NotEqual(english, french);
        Assert.Equal(3, new[] { arabic, english, french }.Distinct().Count());
    }

    private static T InCulture<T>(string culture, Func<T> read)
    {
        using var scope = new CultureScope(culture);
        return read();
    }

    private static (ConsentText Text, ConsentPolicyView Policy) Create()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCookieConsent();
        var provider = services.BuildServiceProvider().CreateScope().ServiceProvider;
        return (provider.GetRequiredService<ConsentText>(), provider.GetRequiredService<ConsentPolicyViewSource>().View);
    }
}
