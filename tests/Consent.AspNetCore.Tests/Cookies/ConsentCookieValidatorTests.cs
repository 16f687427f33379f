using Consent.Abstractions;
using Consent.AspNetCore.Tests.Infrastructure;

namespace Consent.AspNetCore.Tests.Cookies;

public sealed class ConsentCookieValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly ConsentPolicy Policy = Policies.Create();
    private static readonly ConsentCookieValidator Validator = new(Policy, new ManualTimeProvider(Now));

    private static ConsentCookiePayload Payload(DateTimeOffset? at = null, uint? revision = null, uint? mask = null) =>
        new(ConsentId.New(), revision ?? Policy.RevisionValue, at ?? Now, mask ?? Policy.MaskOf([ConsentCategory.Analytics]), false, ConsentMethod.Custom);

    [Fact]
    public void Validate_OfACurrentPayload_GivesItsDecision()
    {
        var payload = Payload();

        Assert.Equal(ConsentCookieStatus.Valid, Validator.Validate(payload, out var decision));
        Assert.NotNull(decision);
        Assert.Equal(payload.ConsentId, decision.ConsentId);
        Assert.Equal([ConsentCategory.Analytics, ConsentCategory.Necessary], decision.GrantedCategories.Order());
        Assert.Equal(Policy.Revision, decision.PolicyRevision);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Validate_OfAnExpiredPayload_IsExpiredAndKeepsTheConsentId()
    {
        var payload = Payload(at: Now - TimeSpan.FromDays(183));

        Assert.Equal(ConsentCookieStatus.Expired, Validator.Validate(payload, out var decision));
        Assert.Equal(payload.ConsentId, decision?.ConsentId);
    }

    [Fact]
    [Trait("Rule", "C10")]
    public void Validate_OfAnotherRevision_GrantsNothingButKeepsTheConsentId()
    {
        var payload = Payload(revision: Policy.RevisionValue ^ 1);

        Assert.Equal(ConsentCookieStatus.OtherRevision, Validator.Validate(payload, out var decision));
        Assert.NotNull(decision);
        Assert.Equal(payload.ConsentId, decision.ConsentId);
        Assert.Equal([ConsentCategory.Necessary], decision.GrantedCategories);
    }

    [Fact]
    public void Validate_OfAPayloadFromTheFuture_IsInvalidWhateverItsRevision()
    {
        Assert.Equal(ConsentCookieStatus.Invalid, Validator.Validate(Payload(at: Now + TimeSpan.FromMinutes(6)), out var decision));
        Assert.Null(decision);
        Assert.Equal(ConsentCookieStatus.Invalid, Validator.Validate(Payload(at: Now + TimeSpan.FromDays(1), revision: 7), out _));
        Assert.Equal(ConsentCookieStatus.Valid, Validator.Validate(Payload(at: Now + TimeSpan.FromMinutes(4)), out _));
    }

    [Fact]
    public void Validate_OfABitBeyondThePolicysCategories_IsInvalid()
    {
        Assert.Equal(ConsentCookieStatus.Invalid, Validator.Validate(Payload(mask: 1u << Policy.Categories.Count), out var decision));
        Assert.Null(decision);
    }

    [Theory]
    [Trait("Rule", "C10")]
    [InlineData(181, true)]
    [InlineData(183, false)]
    public void IsCurrent_HoldsAStoredDecisionToTheLifetime(int daysAgo, bool current) =>
        Assert.Equal(current, Validator.IsCurrent(Policy.Revision, Now - TimeSpan.FromDays(daysAgo)));

    [Fact]
    [Trait("Rule", "C10")]
    public void IsCurrent_RefusesAStoredDecisionOfAnotherRevision() =>
        Assert.False(Validator.IsCurrent("00000000", Now));
}
