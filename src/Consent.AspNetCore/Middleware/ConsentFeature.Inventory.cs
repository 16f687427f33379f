using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>
/// The passive inventory's side of the feature (COMPLIANCE C11): the undeclared cookies a request carries are noted
/// once, with the path the request arrived with, by the refused-cookie cleaner's scan of the <c>Cookie</c> header at
/// enforcement; a request whose pipeline fails before its response is enforced has them noted when it fails.
/// </summary>
internal sealed partial class ConsentFeature
{
    private static readonly Func<object, Task> OnCompletedCallback = static state =>
    {
        ((ConsentFeature)state).NoteRequestCookiesUnlessEnforced();
        return Task.CompletedTask;
    };

    private string? _arrivalPath;
    private bool _requestCookiesNoted;

    /// <summary>Takes the path the request arrived with, for the inventory to record with its cookies.</summary>
    /// <remarks>
    /// The path is taken now because an error or status-code page (<c>UseExceptionHandler</c>,
    /// <c>UseStatusCodePagesWithReExecute</c>) runs the request again under its own path, which is the request's path
    /// while the response starts.
    /// </remarks>
    private void TakeArrivalPath(IFeatureCollection features) =>
        _arrivalPath = ((IHttpRequestFeature)features[typeof(IHttpRequestFeature)]!).Path;

    /// <summary>Makes sure the request's cookies are noted even if enforcement never runs, given the pipeline's task.</summary>
    /// <remarks>
    /// The server runs no <c>OnStarting</c> callback when the pipeline throws before the response starts. A pipeline
    /// that has already completed successfully cannot: the server will start the response, so nothing is needed, and
    /// a request that carries and sets only declared cookies costs the inventory nothing. One that failed has its
    /// cookies noted now; one still running registers an <c>OnCompleted</c> callback, which Kestrel runs after an
    /// unhandled exception too. (A request whose response fails because another <c>OnStarting</c> callback threw
    /// after the pipeline completed is not noted.)
    /// </remarks>
    internal void WatchPipeline(Task pipeline)
    {
        if (pipeline.IsCompletedSuccessfully || _services.Inventory is null)
        {
            return;
        }

        if (pipeline.IsCompleted)
        {
            NoteRequestCookiesUnlessEnforced();
        }
        else
        {
            _response.OnCompleted(OnCompletedCallback, this);
        }
    }

    /// <summary>The inventory the first time the request's cookies are to be noted; afterwards, and when it is off, <see langword="null"/>.</summary>
    private CookieInventory? TakeInventory()
    {
        var inventory = _requestCookiesNoted ? null : _services.Inventory;
        _requestCookiesNoted = true;
        return inventory;
    }

    /// <summary>Notes the request's cookies, with the path it arrived with, unless they have been noted (or the inventory is off).</summary>
    internal void NoteRequestCookiesUnlessEnforced() => TakeInventory()?.NoteRequestCookies(RequestCookieHeaders, _arrivalPath);
}
