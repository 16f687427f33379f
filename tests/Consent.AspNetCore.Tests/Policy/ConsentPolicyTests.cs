using Consent.AspNetCore.Tests.Infrastructure;

namespace Consent.AspNetCore.Tests.Policy;

public sealed class ConsentPolicyTests
{
    [Fact]
    public void Revision_IsStableForTheSameConfiguration()
    {
        Assert.Equal(Policies.Create().Revision, Policies.Create().Revision);
        Assert.Matches("^[0-9a-f]{8}$", Policies.Create().Revision);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Revision_ChangesWhenACookieIsAddedToTheRegistry()
    {
        var before = Policies.Create();
        var after = Policies.Create(o => o.Cookies.Add(new DeclaredCookie { Name = "_fbp", Category = ConsentCategory.Marketing, Purpose = "Ads.", Provider = "Meta", IsThirdParty = true }));

        Assert.NotEqual(before.Revision, after.Revision);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Revision_ChangesWhenACookieMovesToAnotherCategory()
    {
        var before = Policies.Create();
        var after = Policies.Create(o => o.Cookies.First(c => c.Name == "pref").Category = ConsentCategory.Analytics);

        Assert.NotEqual(before.Revision, after.Revision);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Revision_ChangesWhenACategoryIsAdded()
    {
        var after = Policies.Create(o => o.Categories["video"] = new ConsentCategory { Title = "Video", Description = "Embedded videos." });

        Assert.NotEqual(Policies.Create().Revision, after.Revision);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Revision_ChangesWithThePolicyVersion()
    {
        Assert.NotEqual(Policies.Create().Revision, Policies.Create(o => o.PolicyVersion = "2").Revision);
    }

    [Fact]
    public void Revision_DoesNotDependOnTheOrderCookiesAreDeclaredIn()
    {
        var reversed = Policies.Create(o =>
        {
            var cookies = o.Cookies.Reverse().ToList();
            o.Cookies.Clear();
            cookies.ForEach(o.Cookies.Add);
        });

        Assert.Equal(Policies.Create().Revision, reversed.Revision);
    }

    [Fact]
    public void Categories_PutNecessaryFirstEvenWhenRemoved()
    {
        var policy = Policies.Create(o => o.Categories.Remove(ConsentCategory.Necessary));

        Assert.Equal(ConsentCategory.Necessary, policy.Categories[0].Key);
        Assert.True(policy.Categories[0].IsNecessary);
    }

    [Fact]
    public void Defaults_MarkOnlyMarketingAsSaleOrSharing()
    {
        var policy = Policies.Create();

        Assert.Equal(["necessary", "functional", "analytics", "marketing"], policy.Categories.Select(c => c.Key));
        Assert.Equal([ConsentCategory.Marketing], policy.Categories.Where(c => c.IsSaleOrSharing).Select(c => c.Key));
    }

    [Fact]
    [Trait("Rule", "C11")]
    public void FindCookie_DeclaresTheConsentAndAntiforgeryCookiesAsNecessary()
    {
        var policy = Policies.Create();

        Assert.Equal(ConsentCategory.Necessary, policy.FindCookie(".Consent")?.Category);
        Assert.Equal(ConsentCategory.Necessary, policy.FindCookie(".AspNetCore.Antiforgery.abc123")?.Category);
        Assert.Equal(ConsentCategory.Analytics, policy.FindCookie("_ga_XYZ")?.Category);
        Assert.Null(policy.FindCookie("mystery"));
    }
}
