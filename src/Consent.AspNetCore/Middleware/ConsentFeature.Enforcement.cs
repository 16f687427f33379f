using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>
/// When enforcement runs, and what it does. It runs in one <c>OnStarting</c> callback, registered with the server
/// only when a response can need it, so a request that writes no cookie, carries none to clear and does not touch
/// the body costs no server callback (<c>docs/benchmarks.md</c>, request a).
/// </summary>
/// <remarks>
/// The callback is registered before the first of these, so that it runs after every callback registered through
/// this feature (servers run them last-registered-first): an <c>OnStarting</c> registration, a cookie written through
/// <see cref="IResponseCookies"/>, any use of the response body (the response can start there), a request that can
/// be upgraded, and, once the rest of the pipeline has returned, any access to the response headers. When the rest
/// of the pipeline returns without any of them, the callback is registered only if a raw <c>Set-Cookie</c> is there
/// or the request carries a cookie of an optional category (COMPLIANCE C1, C9).
/// </remarks>
internal sealed partial class ConsentFeature
{
    private static readonly Func<object, Task> EnforceCallback = static state => ((ConsentFeature)state).EnforceAtStart();

    /// <summary>Installs the feature for the middleware at the start of the pipeline, which then calls <see cref="RunAsync"/>.</summary>
    internal static ConsentFeature AttachToPipeline(HttpContext context, ConsentServices services)
    {
        var feature = Install(context, services);
        if (feature._body is null || MayUpgrade(context.Request))
        {
            // Without a body feature to watch, or when the server may start the response itself (101 Switching
            // Protocols, CONNECT), nothing tells the feature the response is starting: schedule now.
            feature.ScheduleEnforcement();
            return feature;
        }

        context.Features[typeof(IHttpResponseFeature)] = feature;
        context.Features[typeof(IHttpResponseBodyFeature)] = feature;
        return feature;
    }

    /// <summary>Runs the rest of the pipeline, then decides whether the response still needs enforcing.</summary>
    internal Task RunAsync(RequestDelegate next)
    {
        Task pipeline;
        try
        {
            pipeline = next(_context);
        }
        catch
        {
            LeavePipeline();
            throw;
        }

        if (pipeline.IsCompletedSuccessfully)
        {
            LeavePipeline();
            return pipeline;
        }

        return LeaveAfterAsync(pipeline);
    }

    private async Task LeaveAfterAsync(Task pipeline)
    {
        try
        {
            await pipeline.ConfigureAwait(false);
        }
        finally
        {
            LeavePipeline();
        }
    }

    private void LeavePipeline()
    {
        _pipelineLeft = true;
        if (_enforcementScheduled || _response.HasStarted)
        {
            return;
        }

        // A raw Set-Cookie leaves no other trace; a cookie to clear (C9) does not need the decision decoded yet.
        if (_response.Headers.SetCookie.Count != 0 || _services.Cleaner.MayApply(_context))
        {
            ScheduleEnforcement();
        }
    }

    private void ScheduleEnforcement()
    {
        if (_enforcementScheduled || _response.HasStarted)
        {
            return;
        }

        _enforcementScheduled = true;
        _response.OnStarting(EnforceCallback, this);
    }

    private static bool MayUpgrade(HttpRequest request)
    {
        if (HttpMethods.IsConnect(request.Method))
        {
            return true;
        }

        foreach (var value in request.Headers.Connection)
        {
            if (value is not null && value.Contains("upgrade", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Not async: on the common path (no pending audit) it must not pay for a state machine.
    private Task EnforceAtStart()
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
        _services.Cleaner.Apply(_context, this);
        _services.Filter.Apply(_context, this);
    }
}
