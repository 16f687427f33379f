using Consent.Abstractions;
using Consent.Auditing;
using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>Builds the audit event of a decision from the request it was taken in.</summary>
internal sealed class ConsentEventFactory
{
    private readonly ConsentPolicy _policy;
    private readonly ClientAddressRecorder _addresses;
    private readonly ConsentAuditOptions _options;

    public ConsentEventFactory(ConsentPolicy policy)
    {
        _policy = policy;
        _options = policy.Options.Audit;
        _addresses = new ClientAddressRecorder(_options);
    }

    public ConsentEvent Create(HttpContext context, ConsentTransition transition, ConsentAuditDetails details) =>
        Create(context, transition.Decision, Classify(transition), transition.Decision.DecidedAt, details);

    /// <summary>The event of a signed-in user's stored decision restored on this request, at <paramref name="restoredAt"/>.</summary>
    public ConsentEvent CreateRestore(HttpContext context, ConsentDecision decision, DateTimeOffset restoredAt) =>
        Create(context, decision, ConsentEventType.Restore, restoredAt,
            new ConsentAuditDetails("restore:signed-in", System.Globalization.CultureInfo.CurrentUICulture.Name, null, context.Request.Path.Value ?? "/"));

    private ConsentEvent Create(HttpContext context, ConsentDecision decision, ConsentEventType type, DateTimeOffset occurredAt, ConsentAuditDetails details)
    {
        return new ConsentEvent
        {
            ConsentId = decision.ConsentId,
            OccurredAt = occurredAt,
            Type = type,
            Categories = [.. _policy.Categories.Select(c => new ConsentCategoryState(c.Key, decision.Grants(c.Key)))],
            PolicyRevision = decision.PolicyRevision,
            Language = AuditText.Clean(details.Language, 35),
            BannerTextHash = details.BannerTextHash,
            Control = details.Control,
            Host = AuditText.Clean(context.Request.Host.Value, 255),
            Path = AuditText.Clean(details.PagePath, 2048),
            GlobalPrivacyControl = decision.GlobalPrivacyControl,
            ClientAddress = _addresses.Record(context.Connection.RemoteIpAddress),
            UserAgent = _options.RecordUserAgent ? AuditText.Clean(context.Request.Headers.UserAgent.ToString(), _options.UserAgentMaxLength) : null,
            SubmissionKey = details.SubmissionKey,
        };
    }

    private ConsentEventType Classify(ConsentTransition transition)
    {
        var decision = transition.Decision;
        var optional = _policy.Categories.Where(c => !c.IsNecessary).ToList();
        if (transition.PreviousStatus == ConsentCookieStatus.Valid && transition.Previous is { } previous
            && optional.Any(c => previous.Grants(c.Key) && !decision.Grants(c.Key)))
        {
            return ConsentEventType.Withdrawal;
        }

        if (transition.SaleOrSharingWithheldByGpc)
        {
            return ConsentEventType.GpcOptOut;
        }

        if (transition.PreviousStatus is ConsentCookieStatus.Expired or ConsentCookieStatus.OtherRevision)
        {
            return ConsentEventType.Reconsent;
        }

        var granted = optional.Count(c => decision.Grants(c.Key));
        return granted == 0 ? ConsentEventType.Refusal
            : granted == optional.Count ? ConsentEventType.Grant
            : ConsentEventType.PartialChoice;
    }
}
