using Consent.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Consent.AspNetCore;

/// <summary>
/// One request's consent: it reads the consent cookie only when something asks, holds the decision the request works
/// with, wraps <see cref="IResponseCookies"/> to learn which cookies were appended as essential, and has the decision
/// enforced just before the response headers are sent. Decisions are taken by <see cref="ConsentDecisionPipeline"/>.
/// </summary>
internal sealed partial class ConsentFeature : IConsentFeature, IResponseCookiesFeature, IConsentRequestState
{
    private static readonly Func<object, Task> OnStartingCallback = static state =>
    {
        ((ConsentFeature)state).Enforce();
        return Task.CompletedTask;
    };

    private readonly HttpContext _context;
    private readonly ConsentServices _services;
    private readonly IHttpResponseFeature _response;
    private IResponseCookiesFeature? _inner;
    private bool _loaded;
    private ConsentCookieStatus _status;
    private ConsentDecision? _stored;
    private ConsentDecision? _decision;
    private List<string>? _essentialNames;
    private int _gpc = -1;

    private ConsentFeature(HttpContext context, IFeatureCollection features, ConsentServices services, IHttpResponseFeature response)
    {
        _context = context;
        _services = services;
        _response = response;
        _inner = (IResponseCookiesFeature?)features[typeof(IResponseCookiesFeature)];
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
                _gpc = RequestHeaders["Sec-GPC"].ToString().Trim() == "1" ? 1 : 0;
            }

            return _gpc == 1;
        }
    }

    HttpContext IConsentRequestState.Context => _context;

    public ConsentCookieStatus StoredStatus
    {
        get
        {
            EnsureLoaded();
            return _status;
        }
    }

    public ConsentDecision? StoredDecision
    {
        get
        {
            EnsureLoaded();
            return _stored;
        }
    }

    /// <summary>Installs the feature on the request unless it is already there, and schedules enforcement.</summary>
    public static ConsentFeature Attach(HttpContext context, ConsentServices services) =>
        context.Features[typeof(IConsentFeature)] is ConsentFeature existing ? existing : AttachNew(context, services);

    /// <summary>Installs a new feature on a request the caller has already seen to have none, and schedules enforcement.</summary>
    /// <remarks>
    /// This runs on every request, so features are read and written through the collection's indexer: the generic
    /// <c>Get&lt;T&gt;</c>/<c>Set&lt;T&gt;</c> are generic interface methods, resolved by a runtime lookup on each call
    /// (measured in <c>docs/benchmarks.md</c>), and each feature is read once. The callback goes straight to the
    /// server's response feature for the same reason: <c>context.Response</c> would fetch it again after the three
    /// writes reset its cache. The middleware has looked for an attached feature itself, so it calls this directly.
    /// </remarks>
    public static ConsentFeature AttachNew(HttpContext context, ConsentServices services)
    {
        var features = context.Features;
        var response = features[typeof(IHttpResponseFeature)] as IHttpResponseFeature
            ?? throw new InvalidOperationException("The server provided no IHttpResponseFeature.");
        var feature = new ConsentFeature(context, features, services, response);
        features[typeof(IConsentFeature)] = feature;
        features[typeof(ITrackingConsentFeature)] = feature;
        features[typeof(IResponseCookiesFeature)] = feature;
        feature.WrapTrailers(features);
        response.OnStarting(OnStartingCallback, feature);
        if (services.Inventory is not null)
        {
            feature.TakeArrivalPath(features);
        }

        return feature;
    }

    public bool IsGranted(string category)
    {
        // Without a decision the signal changes nothing, so its header is not read: enforcement of a request with no
        // (or a forged) consent cookie stays as cheap as it was.
        var decision = Decision;
        return ConsentDecisionPipeline.IsGranted(Policy, decision, decision is not null && GlobalPrivacyControl, category);
    }

    void IConsentRequestState.Take(ConsentDecision decision, bool asStored)
    {
        EnsureLoaded();
        if (asStored)
        {
            _stored = decision;
            _status = ConsentCookieStatus.Valid;
        }

        _decision = decision;
    }

    private void EnsureLoaded()
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        _status = ReadConsentCookies(out _stored);
        if (_status == ConsentCookieStatus.Valid)
        {
            _decision = _stored;
        }
        else if (_status != ConsentCookieStatus.Missing)
        {
            Log.ConsentCookieIgnored(_services.Logger, _status);
        }
    }

    /// <summary>
    /// Reads every consent cookie the request carries (a sibling subdomain or a longer path can add one) and keeps the
    /// valid decision that grants no more than any other valid one; when none does, there is no decision. Invalid
    /// extras add nothing. On HTTPS only the <c>__Host-</c> cookie counts, when the policy uses one.
    /// </summary>
    private ConsentCookieStatus ReadConsentCookies(out ConsentDecision? least)
    {
        least = null;
        ConsentDecision? firstUnusable = null;
        var name = Policy.ConsentCookieName(IsHttps);
        var status = ConsentCookieStatus.Missing;
        var scanner = new RequestCookieScanner(RequestCookieHeaders);
        while (scanner.MoveNext())
        {
            if (!scanner.Name.SequenceEqual(name))
            {
                continue;
            }

            var read = _services.Codec.Decode(scanner.Value, out var decision);
            if (read != ConsentCookieStatus.Valid)
            {
                // An expired or other-revision decision is still what the visitor last chose (its event says so).
                if (status == ConsentCookieStatus.Missing)
                {
                    status = read;
                    firstUnusable = decision;
                }

                continue;
            }

            if (status == ConsentCookieStatus.Conflicting)
            {
                continue;
            }

            if (least is null || decision!.GrantedCategories.IsSubsetOf(least.GrantedCategories))
            {
                least = decision;
                status = ConsentCookieStatus.Valid;
            }
            else if (!least.GrantedCategories.IsSubsetOf(decision.GrantedCategories))
            {
                least = null;
                status = ConsentCookieStatus.Conflicting;
            }
        }

        if (status is not (ConsentCookieStatus.Valid or ConsentCookieStatus.Conflicting))
        {
            least = firstUnusable;
        }

        return status;
    }

    private bool IsHttps =>
        string.Equals(((IHttpRequestFeature)_context.Features[typeof(IHttpRequestFeature)]!).Scheme, "https", StringComparison.OrdinalIgnoreCase);

    // The feature is not what enforces: it hands the filter and the cleaner what they need, and they answer.
    private void Enforce()
    {
        // The headers of the response feature the callback was registered on are the ones the server sends. A
        // middleware may since have put another feature, with a dictionary of its own, in the collection: that one
        // is filtered too (a server that reads the collection's, as TestServer does, would send it).
        var grants = new RequestGrants(this);
        var headers = _response.Headers;
        _services.Filter.Apply(headers, grants, AppendedAsEssential, _context);
        if (_context.Features[typeof(IHttpResponseFeature)] is IHttpResponseFeature current && !ReferenceEquals(current.Headers, headers))
        {
            _services.Filter.Apply(current.Headers, grants, AppendedAsEssential, _context);
        }

        _services.Cleaner.Apply(RequestCookieHeaders, grants, headers, TakeInventory(), _arrivalPath);
    }

    /// <summary>The request headers.</summary>
    /// <remarks>
    /// Read through the feature collection's indexer rather than <c>context.Request</c>: after <see cref="Attach"/>'s
    /// writes reset <see cref="HttpContext"/>'s feature cache, <c>context.Request</c> would fetch the request feature again
    /// through the generic <c>Get&lt;T&gt;</c>, a runtime lookup on every request.
    /// </remarks>
    private IHeaderDictionary RequestHeaders => ((IHttpRequestFeature)_context.Features[typeof(IHttpRequestFeature)]!).Headers;

    /// <summary>The request's <c>Cookie</c> headers.</summary>
    private StringValues RequestCookieHeaders => RequestHeaders.Cookie;
}
