using Consent.Abstractions;
using Consent.Auditing;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore;

/// <summary>
/// Takes a decision the one way there is: prepare it, record it in the audit log, and only once it is recorded apply
/// it to the request (its consent cookie written, a signed-in user's copy saved). The consent endpoint,
/// <c>ITrackingConsentFeature</c> and the signed-in restore all go through here, and the Global Privacy Control rule
/// lives here too, both halves: what «أوافق» grants under the signal, and what a decision grants on a request that
/// carries it (COMPLIANCE R1, G1, G3).
/// </summary>
internal sealed class ConsentDecisionPipeline
{
    private readonly ConsentPolicy _policy;
    private readonly ConsentCookieValidator _validator;
    private readonly ConsentCookieWriter _cookie;
    private readonly ConsentEventFactory _events;
    private readonly IConsentAuditLog _auditLog;
    private readonly SignedInUserPreferences _preferences;
    private readonly ConsentMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ConsentDecisionPipeline(
        ConsentPolicy policy,
        ConsentCookieCodec codec,
        ConsentEventFactory events,
        IConsentAuditLog auditLog,
        SignedInUserPreferences preferences,
        ConsentMetrics metrics,
        TimeProvider time,
        ILogger logger)
    {
        _logger = logger;
        _policy = policy;
        _validator = codec.Validator;
        _cookie = new ConsentCookieWriter(codec, policy);
        _events = events;
        _auditLog = auditLog;
        _preferences = preferences;
        _metrics = metrics;
        _time = time;
    }

    /// <summary>
    /// Whether a category may be used on a request: always <c>necessary</c>; otherwise only when the decision grants
    /// it and, for a sale/sharing category while the request carries a GPC signal, only when the decision was an
    /// explicit choice made under that signal (G1, G3): «أوافق» under the signal does not open it.
    /// </summary>
    public static bool IsGranted(ConsentPolicy policy, ConsentDecision? decision, bool globalPrivacyControl, string category) =>
        string.Equals(category, ConsentCategory.Necessary, StringComparison.Ordinal)
        || (decision is not null && decision.Grants(category)
            && (!globalPrivacyControl
                || policy.FindCategory(category) is not { IsSaleOrSharing: true }
                || (decision.GlobalPrivacyControl && decision.Method == ConsentMethod.Custom)));

    /// <summary>Works out the decision an action leads to on this request, without taking it.</summary>
    /// <param name="request">The request's consent.</param>
    /// <param name="method">The action.</param>
    /// <param name="customCategories">The categories chosen, for <see cref="ConsentMethod.Custom"/>.</param>
    /// <param name="fromSettingsLayer">
    /// Whether the choice was saved from the settings layer, the one that shows the GPC notice: under the signal only
    /// such a save may opt in to a sale/sharing category (G3); from anywhere else those categories are withheld (G1).
    /// </param>
    public ConsentTransition Prepare(IConsentRequestState request, ConsentMethod method, IEnumerable<string> customCategories, bool fromSettingsLayer = false)
    {
        var stored = request.StoredDecision;
        var status = request.StoredStatus;
        var gpc = request.GlobalPrivacyControl;
        var withheld = false;
        IEnumerable<string> granted;
        switch (method)
        {
            case ConsentMethod.AcceptAll:
                // G1: «أوافق» under the signal leaves sale/sharing off, and the event says so.
                var optional = _policy.Categories.Where(c => !c.IsNecessary).ToList();
                granted = [.. optional.Where(c => !(gpc && c.IsSaleOrSharing)).Select(c => c.Key)];
                withheld = gpc && optional.Any(c => c.IsSaleOrSharing);
                break;
            case ConsentMethod.RejectAll:
                granted = [];
                break;
            default:
                granted = customCategories;
                if (gpc && !fromSettingsLayer)
                {
                    var chosen = customCategories.ToList();
                    granted = [.. chosen.Where(key => _policy.FindCategory(key) is not { IsSaleOrSharing: true })];
                    withheld = chosen.Count != granted.Count();
                }

                break;
        }

        var decision = new ConsentDecision(
            stored?.ConsentId ?? ConsentId.New(),
            granted,
            _policy.Revision,
            DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().ToUnixTimeSeconds()),
            gpc,
            method);
        return new ConsentTransition(decision, stored, status, withheld);
    }

    /// <summary>
    /// Prepares a decision, records it, then applies it. Throws what the audit log throws, and then nothing has
    /// changed: no unrecorded decision is ever applied (R1). A retry whose submission key is already recorded applies
    /// the decision first recorded (its consent ID, categories and time) and records nothing; the same key with
    /// another choice throws <see cref="ConsentSubmissionConflictException"/>, and nothing is applied.
    /// </summary>
    /// <returns>The decision taken, or the one first recorded under the same submission key.</returns>
    public async Task<ConsentDecision> TakeAsync(
        IConsentRequestState request,
        ConsentMethod method,
        IEnumerable<string> customCategories,
        ConsentAuditDetails details,
        CancellationToken cancellationToken)
    {
        // Awaits do not capture a context: ITrackingConsentFeature blocks on this task.
        var transition = Prepare(request, method, customCategories, details.Control.StartsWith(ConsentFormNames.SettingsLayer + ":", StringComparison.Ordinal));
        var consentEvent = _events.Create(request.Context, transition, details);
        var recorded = await _auditLog.AppendAsync(consentEvent, cancellationToken).ConfigureAwait(false);
        var decision = transition.Decision;
        if (recorded.FirstEvent is { } first)
        {
            decision = Replay(first, consentEvent, decision.Method);
        }
        else
        {
            _metrics.Decision(decision.Method);
        }

        request.Take(decision, asStored: false);
        WriteCookie(request, decision);
        await _preferences.SaveAsync(request.Context, decision).ConfigureAwait(false);
        return decision;
    }

    /// <summary>
    /// Takes a signed-in user's stored decision as the request's when its consent cookie holds no valid one, and
    /// re-issues the cookie, if the decision is of the current policy revision and within the lifetime (C10). The
    /// restore is recorded first, as a <c>restore</c> event with the original decision's consent ID (R1); a log that
    /// refuses it leaves the request without the decision, as any unrecorded decision.
    /// </summary>
    public async Task RestoreAsync(IConsentRequestState request)
    {
        var context = request.Context;

        // The user is checked first so that anonymous requests never make the cookie be read early.
        if (_preferences.UserIdOf(context) is not { } userId || request.StoredStatus == ConsentCookieStatus.Valid)
        {
            return;
        }

        if (await _preferences.FindAsync(userId, context.RequestAborted).ConfigureAwait(false) is not { } preference
            || !_validator.IsCurrent(preference.PolicyRevision, preference.DecidedAt))
        {
            return;
        }

        var decision = new ConsentDecision(
            preference.ConsentId,
            preference.GrantedCategories.Where(key => _policy.FindCategory(key) is not null),
            _policy.Revision,
            preference.DecidedAt,
            preference.GlobalPrivacyControl,
            preference.Method);
        try
        {
            await _auditLog.AppendAsync(_events.CreateRestore(context, decision, _time.GetUtcNow()), context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.RestoreNotRecorded(_logger, exception);
            return;
        }

        request.Take(decision, asStored: true);
        WriteCookie(request, decision);
    }

    // The choice is the control and the state of every category; the time, the visitor's previous cookie and so the
    // event type may differ between a submission and its retry. A retry after the policy changed is not answered from
    // the first event either: it was consent to the purposes of then, and the cookie would carry it as consent to now's.
    private static ConsentDecision Replay(ConsentEvent first, ConsentEvent retry, ConsentMethod method)
    {
        if (!string.Equals(first.Control, retry.Control, StringComparison.Ordinal) || !first.Categories.SequenceEqual(retry.Categories)
            || !string.Equals(first.PolicyRevision, retry.PolicyRevision, StringComparison.Ordinal))
        {
            throw new ConsentSubmissionConflictException();
        }

        return new ConsentDecision(
            first.ConsentId,
            first.Categories.Where(c => c.Granted).Select(c => c.Category),
            first.PolicyRevision,
            first.OccurredAt,
            first.GlobalPrivacyControl,
            method);
    }

    /// <summary>The <c>Set-Cookie</c> value that carries a decision already taken (and so recorded).</summary>
    public string CreateCookieHeader(IConsentRequestState request, ConsentDecision decision) =>
        _cookie.CreateHeader(decision, request.Context.Request.IsHttps);

    /// <summary>The <c>Set-Cookie</c> value that expires the consent cookie: it grants nothing.</summary>
    public string CreateDeletionHeader(IConsentRequestState request) =>
        _cookie.CreateDeletionHeader(request.Context.Request.IsHttps);

    private void WriteCookie(IConsentRequestState request, ConsentDecision decision)
    {
        // Once the headers are sent the decision still holds for the rest of this request; the cookie cannot follow.
        if (!request.Context.Response.HasStarted)
        {
            _cookie.Append(request.ServerCookies, decision, request.Context.Request.IsHttps);
        }
    }
}
