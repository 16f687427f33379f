using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>
/// The response side of the feature: it stands in for the server's response and body features, passing everything
/// through, and learns from them when the response may get a cookie or start (see <c>ConsentFeature.Enforcement.cs</c>).
/// </summary>
internal sealed partial class ConsentFeature : IHttpResponseFeature, IHttpResponseBodyFeature
{
    int IHttpResponseFeature.StatusCode
    {
        get => _response.StatusCode;
        set => _response.StatusCode = value;
    }

    string? IHttpResponseFeature.ReasonPhrase
    {
        get => _response.ReasonPhrase;
        set => _response.ReasonPhrase = value;
    }

    IHeaderDictionary IHttpResponseFeature.Headers
    {
        get
        {
            // Inside the pipeline a raw Set-Cookie is looked for when it returns; after that nothing would look again.
            if (_pipelineLeft)
            {
                ScheduleEnforcement();
            }

            return _response.Headers;
        }

        set => _response.Headers = value;
    }

#pragma warning disable CS0618 // The interface still has the obsolete member; it must pass through like the rest.
    Stream IHttpResponseFeature.Body
    {
        get
        {
            ScheduleEnforcement();
            return _response.Body;
        }

        set => _response.Body = value;
    }
#pragma warning restore CS0618

    bool IHttpResponseFeature.HasStarted => _response.HasStarted;

    Stream IHttpResponseBodyFeature.Stream
    {
        get
        {
            ScheduleEnforcement();
            return Body.Stream;
        }
    }

    PipeWriter IHttpResponseBodyFeature.Writer
    {
        get
        {
            ScheduleEnforcement();
            return Body.Writer;
        }
    }

    /// <summary>The server's body feature; this side is installed only when there is one.</summary>
    private IHttpResponseBodyFeature Body => _body!;

    void IHttpResponseFeature.OnStarting(Func<object, Task> callback, object state)
    {
        ScheduleEnforcement();
        _response.OnStarting(callback, state);
    }

    void IHttpResponseFeature.OnCompleted(Func<object, Task> callback, object state) => _response.OnCompleted(callback, state);

    void IHttpResponseBodyFeature.DisableBuffering() => Body.DisableBuffering();

    Task IHttpResponseBodyFeature.StartAsync(CancellationToken cancellationToken)
    {
        ScheduleEnforcement();
        return Body.StartAsync(cancellationToken);
    }

    Task IHttpResponseBodyFeature.SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken)
    {
        ScheduleEnforcement();
        return Body.SendFileAsync(path, offset, count, cancellationToken);
    }

    Task IHttpResponseBodyFeature.CompleteAsync()
    {
        ScheduleEnforcement();
        return Body.CompleteAsync();
    }
}
