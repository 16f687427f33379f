using Consent.Auditing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consent.AspNetCore.Tests.Options;

public sealed class CookieConsentOptionsTests
{
    private static CookieConsentOptions Resolve(IDictionary<string, string?>? configuration = null, Action<CookieConsentOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build());
        services.AddCookieConsent(configure);
        return services.BuildServiceProvider().GetRequiredService<IOptions<CookieConsentOptions>>().Value;
    }

    private static string ValidationMessage(IDictionary<string, string?>? configuration = null, Action<CookieConsentOptions>? configure = null) =>
        Assert.Throws<OptionsValidationException>(() => Resolve(configuration, configure)).Message;

    [Fact]
    [Trait("Rule", "C10")]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = Resolve();

        Assert.Equal(TimeSpan.FromDays(182), options.ConsentLifetime);
        Assert.Equal(UndeclaredCookieHandling.Block, options.UndeclaredCookies);
        Assert.Equal("/consent", options.EndpointPath);
        Assert.Equal(".Consent", options.ConsentCookie.Name);
        Assert.Equal(["necessary", "functional", "analytics", "marketing"], options.Categories.Keys);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Validation_RejectsALifetimeAbove395Days()
    {
        var message = ValidationMessage(configure: o => o.ConsentLifetime = TimeSpan.FromDays(396));

        Assert.Contains("Consent:ConsentLifetime", message, StringComparison.Ordinal);
        Assert.Contains("at most 395 days (395.00:00:00); the default is 182 days.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_RejectsMoreCategoriesThanTheConsentCookieHasBits()
    {
        var message = ValidationMessage(configure: o => AddCategoriesUpTo(o, 33));

        Assert.Contains("Consent:Categories has 33 categories; at most 32 are supported.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_Accepts32Categories() =>
        Assert.Equal(32, Resolve(configure: o => AddCategoriesUpTo(o, 32)).Categories.Count);

    private static void AddCategoriesUpTo(CookieConsentOptions options, int count)
    {
        for (var i = options.Categories.Count; i < count; i++)
        {
            options.Categories[$"c{i}"] = new ConsentCategory { Title = "t", Description = "d" };
        }
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Validation_Accepts395Days() => Assert.Equal(TimeSpan.FromDays(395), Resolve(configure: o => o.ConsentLifetime = TimeSpan.FromDays(395)).ConsentLifetime);

    [Fact]
    public void Validation_NamesACookieOfAnUnknownCategory()
    {
        var message = ValidationMessage(configure: o => o.Cookies.Add(new DeclaredCookie { Name = "_fbp", Category = "ads", Purpose = "p", Provider = "Meta" }));

        Assert.Contains("Consent:Cookies:0 (_fbp):Category \"ads\"", message, StringComparison.Ordinal);
        Assert.Contains("necessary, functional, analytics, marketing", message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "C11")]
    public void Validation_RequiresPurposeAndProvider()
    {
        var message = ValidationMessage(configure: o => o.Cookies.Add(new DeclaredCookie { Name = "x", Category = "analytics" }));

        Assert.Contains("Purpose is empty", message, StringComparison.Ordinal);
        Assert.Contains("Provider is empty", message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "C7")]
    public void Validation_RequiresTitleAndDescriptionForACustomCategory()
    {
        var message = ValidationMessage(configure: o => o.Categories["video"] = new ConsentCategory());

        Assert.Contains("Consent:Categories:video needs a Title and a Description", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("a b")]
    [InlineData("a;b")]
    public void Validation_RejectsCookieNamesThatAreNotNames(string name) =>
        Assert.Contains("Name", ValidationMessage(configure: o => o.Cookies.Add(new DeclaredCookie { Name = name, Category = "analytics", Purpose = "p", Provider = "p" })), StringComparison.Ordinal);

    [Fact]
    public void Validation_RejectsSameSiteNoneForTheConsentCookie() =>
        Assert.Contains("SameSite", ValidationMessage(configure: o => o.ConsentCookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.None), StringComparison.Ordinal);

    [Fact]
    public void Validation_RejectsAnEndpointPathThatIsNotLocal() =>
        Assert.Contains("EndpointPath", ValidationMessage(configure: o => o.EndpointPath = "//evil.example"), StringComparison.Ordinal);

    [Fact]
    [Trait("Rule", "R3")]
    public void Validation_RequiresAKeyForKeyedAddressHashes() =>
        Assert.Contains("ClientAddressKey", ValidationMessage(configure: o => o.Audit.ClientAddress = ClientAddressRecording.KeyedHash), StringComparison.Ordinal);

    [Fact]
    public void Binding_FromConfiguration_SetsScalarsCategoriesAndCookies()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["Consent:PolicyVersion"] = "2026-11",
            ["Consent:ConsentLifetime"] = "90.00:00:00",
            ["Consent:Categories:analytics:Title"] = "Statistics",
            ["Consent:Categories:marketing:Title"] = "Ads",
            ["Consent:Categories:video:Title"] = "Video",
            ["Consent:Categories:video:Description"] = "Embedded videos.",
            ["Consent:Cookies:0:Name"] = "_ga*",
            ["Consent:Cookies:0:Category"] = "analytics",
            ["Consent:Cookies:0:Purpose"] = "Statistics.",
            ["Consent:Cookies:0:Provider"] = "Google",
            ["Consent:Cookies:0:Lifetime"] = "395.00:00:00",
            ["Consent:ConsentCookie:Name"] = "choice",
        });

        Assert.Equal("2026-11", options.PolicyVersion);
        Assert.Equal(TimeSpan.FromDays(90), options.ConsentLifetime);
        Assert.Equal("Statistics", options.Categories["analytics"].Title);
        Assert.True(options.Categories["marketing"].IsSaleOrSharing, "binding a title must not lose the sale/sharing default");
        Assert.Equal(["necessary", "functional", "analytics", "marketing", "video"], options.Categories.Keys);
        Assert.Equal("video", options.Categories["video"].Key);
        Assert.Equal(TimeSpan.FromDays(395), Assert.Single(options.Cookies).Lifetime);
        Assert.Equal("choice", options.ConsentCookie.Name);
    }

    [Fact]
    public void Binding_CodeRunsAfterConfiguration()
    {
        var options = Resolve(new Dictionary<string, string?> { ["Consent:PolicyVersion"] = "from-config" }, o => o.PolicyVersion = "from-code");

        Assert.Equal("from-code", options.PolicyVersion);
    }

    [Fact]
    public void Binding_AnInvalidLifetimeFromEnvironmentStyleKeys_FailsWithTheKeyName()
    {
        var message = ValidationMessage(new Dictionary<string, string?> { ["Consent:ConsentLifetime"] = "400.00:00:00" });

        Assert.Contains("Consent:ConsentLifetime", message, StringComparison.Ordinal);
    }
}
