using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>
/// The <see cref="IHttpResponseTrailersFeature"/> side of the feature: trailers are written after the headers, when
/// the consent check has already run, so a <c>Set-Cookie</c> trailer is dropped (COMPLIANCE C1).
/// </summary>
internal sealed partial class ConsentFeature : IHttpResponseTrailersFeature
{
    private IHttpResponseTrailersFeature? _serverTrailers;
    private SetCookieFreeHeaders? _trailers;

    IHeaderDictionary IHttpResponseTrailersFeature.Trailers
    {
        get
        {
            var inner = _serverTrailers!.Trailers;
            if (_trailers is null || !_trailers.Wraps(inner))
            {
                _trailers = new SetCookieFreeHeaders(inner, _services.Logger);
            }

            return _trailers;
        }

        set => _serverTrailers!.Trailers = value is SetCookieFreeHeaders wrapper ? wrapper.Inner : SetCookieFreeHeaders.WithoutSetCookie(value, _services.Logger);
    }

    /// <summary>Takes the server's trailers feature, when it has one, and stands in for it.</summary>
    private void WrapTrailers(IFeatureCollection features)
    {
        if (features[typeof(IHttpResponseTrailersFeature)] is IHttpResponseTrailersFeature trailers)
        {
            _serverTrailers = trailers;
            features[typeof(IHttpResponseTrailersFeature)] = this;
        }
    }
}
