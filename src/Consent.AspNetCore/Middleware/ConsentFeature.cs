using Consent.Abstractions;
using Consent.Auditing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Consent.AspNetCore;

/// <summary>
/// The per-request consent state. Reads the consent cookie only when something asks, wraps
/// <see cref="IResponseCookies"/> to learn which cookies were appended as essential, and enforces the decision
/// just before the response headers are sent.
/// </summary>
internal sealed partial class ConsentFeature : IConsentFeature, IResponseCookiesFeature
{
    private static readonly Func<object, Task> OnStartingCallback = static state => ((ConsentFeature)state).OnStarting();

    private readonly HttpContext _context;
    private readonly ConsentServices _services;
    private IResponseCookiesFeature? _inner;
    private bool _loaded;
    private ConsentCookieStatus _status;
    private ConsentDecision? _stored;
    private ConsentDecision? _decision;
    private List<string>? _essentialNames;
    private Task<bool>? _pendingAudit;
    private int _gpc = -1;

    private ConsentFeature(HttpContext context, ConsentServices services)
    {
        _context = context;
        _services = services;
        _inner = (IResponseCookiesFeature?)context.Features[typeof(IResponseCookiesFeature)];
    }

    public ConsentPolicy Policy => _services.Policy;

    public ConsentDecision? Decision
    {
        get
        {
            EnsureLoaded();
            return _decision;
        }
    }

    public bool HasDecision => Decision is not null;

    public bool GlobalPrivacyControl
    {
        get
        {
            if (_gpc < 0)
            {
                _gpc = _context.Request.Headers["Sec-GPC"].ToString().Trim() == "1" ? 1 : 0;
            }

            return _gpc == 1;
        }
    }

    IResponseCookies IResponseCookiesFeature.Cookies => this;

    /// <summary>
    /// The cookies feature the server provided; when it provided none, one is created only when a cookie is actually
    /// written (one field for both keeps the per-request object small).
    /// </summary>
    private IResponseCookies Inner => (_inner ??= new ResponseCookiesFeature(_context.Features)).Cookies;

    /// <summary>The request's <c>Cookie</c> headers.</summary>
    /// <remarks>
    /// Read through the feature collection's indexer rather than <c>context.Request</c>: after <see cref="Attach"/>'s
    /// writes reset <see cref="HttpContext"/>'s feature cache, <c>context.Request</c> would fetch the request feature again
    /// through the generic <c>Get&lt;T&gt;</c>, a runtime lookup on every request.
    /// </remarks>
    internal StringValues RequestCookieHeaders => ((IHttpRequestFeature)_context.Features[typeof(IHttpRequestFeature)]!).Headers.Cookie;

    /// <summary>The response headers, read like <see cref="RequestCookieHeaders"/> for the same reason.</summary>
    internal IHeaderDictionary ResponseHeaders => ((IHttpResponseFeature)_context.Features[typeof(IHttpResponseFeature)]!).Headers;

    /// <summary>What the request's consent cookie held, before any decision taken in this request.</summary>
    internal ConsentCookieStatus StoredStatus
    {
        get
        {
            EnsureLoaded();
            return _status;
        }
    }

    /// <summary>Installs the feature on the request unless it is already there, and schedules enforcement.</summary>
    /// <remarks>
    /// This runs on every request, so features are read and written through the collection's indexer: the generic
    /// <c>Get&lt;T&gt;</c>/<c>Set&lt;T&gt;</c> are generic interface methods, resolved by a runtime lookup on each call
    /// (measured in <c>docs/benchmarks.md</c>). The callback goes straight to the server's response feature for the
    /// same reason: <c>context.Response</c> would fetch it again after the three writes reset its cache.
    /// </remarks>
    public static ConsentFeature Attach(HttpContext context, ConsentServices services)
    {
        var features = context.Features;
        if (features[typeof(IConsentFeature)] is ConsentFeature existing)
        {
            return existing;
        }

        var response = features[typeof(IHttpResponseFeature)] as IHttpResponseFeature
            ?? throw new InvalidOperationException("The server provided no IHttpResponseFeature.");
        var feature = new ConsentFeature(context, services);
        features[typeof(IConsentFeature)] = feature;
        features[typeof(ITrackingConsentFeature)] = feature;
        features[typeof(IResponseCookiesFeature)] = feature;
        response.OnStarting(OnStartingCallback, feature);
        return feature;
    }

    public bool IsGranted(string category)
    {
        if (string.Equals(category, ConsentCategory.Necessary, StringComparison.Ordinal))
        {
            return true;
        }

        var decision = Decision;
        if (decision is null || !decision.Grants(category))
        {
            return false;
        }

        // G1/G3: under a GPC signal, sale/sharing stays off unless opted into explicitly under that signal.
        return !GlobalPrivacyControl
            || Policy.FindCategory(category) is not { IsSaleOrSharing: true }
            || (decision.GlobalPrivacyControl && decision.Method == ConsentMethod.Custom);
    }

    /// <summary>Works out the decision an action leads to, without taking it yet.</summary>
    internal ConsentTransition Prepare(ConsentMethod method, IEnumerable<string> customCategories)
    {
        EnsureLoaded();
        var gpc = GlobalPrivacyControl;
        var withheld = false;
        IEnumerable<string> granted;
        switch (method)
        {
            case ConsentMethod.AcceptAll:
                var optional = Policy.Categories.Where(c => !c.IsNecessary).ToList();
                granted = [.. optional.Where(c => !(gpc && c.IsSaleOrSharing)).Select(c => c.Key)];
                withheld = gpc && optional.Any(c => c.IsSaleOrSharing);
                break;
            case ConsentMethod.RejectAll:
                granted = [];
                break;
            default:
                granted = customCategories;
                break;
        }

        var decision = new ConsentDecision(
            _stored?.ConsentId ?? ConsentId.New(),
            granted,
            Policy.Revision,
            DateTimeOffset.FromUnixTimeSeconds(_services.Time.GetUtcNow().ToUnixTimeSeconds()),
            gpc,
            method);
        return new ConsentTransition(decision, _stored, _status, withheld);
    }

    /// <summary>Takes the decision for this request: it replaces the stored one and the consent cookie is written.</summary>
    internal void Commit(ConsentTransition transition)
    {
        _decision = transition.Decision;
        _services.Metrics.Decision(transition.Decision.Method);
        if (!_context.Response.HasStarted)
        {
            WriteConsentCookie(transition.Decision);
        }
    }

    /// <summary>
    /// Takes a signed-in user's stored decision as this request's decision and re-issues the consent cookie, when it
    /// is of the current policy revision and still within the consent lifetime (COMPLIANCE C10).
    /// </summary>
    internal void Restore(ConsentPreference preference)
    {
        EnsureLoaded();
        if (preference.PolicyRevision != Policy.Revision
            || _services.Codec.StatusByTime(preference.DecidedAt) != ConsentCookieStatus.Valid)
        {
            return;
        }

        var decision = new ConsentDecision(
            preference.ConsentId,
            preference.GrantedCategories.Where(key => Policy.FindCategory(key) is not null),
            Policy.Revision,
            preference.DecidedAt,
            preference.GlobalPrivacyControl,
            preference.Method);
        _stored = decision;
        _status = ConsentCookieStatus.Valid;
        _decision = decision;
        if (!_context.Response.HasStarted)
        {
            WriteConsentCookie(decision);
        }
    }

    internal void TrackAudit(Task<bool> append) => _pendingAudit = append;

    internal bool WasAppendedAsEssential(ReadOnlySpan<char> name)
    {
        if (_essentialNames is null)
        {
            return false;
        }

        foreach (var essential in _essentialNames)
        {
            if (name.SequenceEqual(essential))
            {
                return true;
            }
        }

        return false;
    }

    internal void ExpireCookie(string name, DeclaredCookie declared)
    {
        Inner.Delete(name, new CookieOptions
        {
            Path = declared.Path ?? "/",
            Domain = declared.Domain,
            Secure = name.StartsWith("__Secure-", StringComparison.Ordinal) || name.StartsWith("__Host-", StringComparison.Ordinal),
        });
    }

    internal string CreateConsentCookieHeader(ConsentDecision decision)
    {
        var options = ConsentCookieOptions();
        return options.CreateCookieHeader(Policy.Options.ConsentCookie.Name, _services.Codec.Encode(decision)).ToString();
    }

    private void WriteConsentCookie(ConsentDecision decision) =>
        Inner.Append(Policy.Options.ConsentCookie.Name, _services.Codec.Encode(decision), ConsentCookieOptions());

    private CookieOptions ConsentCookieOptions()
    {
        var cookie = Policy.Options.ConsentCookie;
        return new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            Path = "/",
            Domain = cookie.Domain,
            SameSite = cookie.SameSite,
            Secure = cookie.SecurePolicy switch
            {
                CookieSecurePolicy.Always => true,
                CookieSecurePolicy.None => false,
                _ => _context.Request.IsHttps,
            },
            MaxAge = Policy.Options.ConsentLifetime,
        };
    }

    private void RemoveConsentCookieHeader()
    {
        var name = Policy.Options.ConsentCookie.Name;
        var headers = _context.Response.Headers;
        headers.SetCookie = new Microsoft.Extensions.Primitives.StringValues(
            [.. headers.SetCookie.Where(h => !SetCookieHeader.GetName(h).SequenceEqual(name))]);
    }

    private void EnsureLoaded()
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        if (!RequestCookieScanner.TryFind(RequestCookieHeaders, Policy.Options.ConsentCookie.Name, out var value))
        {
            _status = ConsentCookieStatus.Missing;
            return;
        }

        _status = _services.Codec.Decode(value, out _stored);
        if (_status == ConsentCookieStatus.Valid)
        {
            _decision = _stored;
        }
        else
        {
            Log.ConsentCookieIgnored(_services.Logger, _status);
        }
    }

    // Not async: on the common path (no pending audit) it must not pay for a state machine.
    private Task OnStarting()
    {
        if (_pendingAudit is { } pending)
        {
            return EnforceAfterAuditAsync(pending);
        }

        Enforce();
        return Task.CompletedTask;
    }

    private async Task EnforceAfterAuditAsync(Task<bool> pending)
    {
        if (!await pending)
        {
            // A decision that could not be recorded is not taken: no unprovable consent.
            _decision = _status == ConsentCookieStatus.Valid ? _stored : null;
            RemoveConsentCookieHeader();
        }

        Enforce();
    }

    private void Enforce()
    {
        _services.Cleaner.Apply(this);
        _services.Filter.Apply(this);
    }
}
