using Microsoft.AspNetCore.Http.Features;

namespace Consent.AspNetCore;

/// <summary>
/// The passive inventory's side of the feature (COMPLIANCE C11): the undeclared cookies a request carries are noted
/// once, with the path the request arrived with, by the refused-cookie cleaner's scan of the <c>Cookie</c> header at
/// enforcement; a request whose response is never enforced has them noted when it completes.
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

    /// <summary>Takes the request's path and makes sure its cookies are noted even when enforcement never runs.</summary>
    /// <remarks>
    /// The path is taken now because an error or status-code page (<c>UseExceptionHandler</c>,
    /// <c>UseStatusCodePagesWithReExecute</c>) runs the request again under its own path, which is the request's path
    /// while the response starts. The server runs no <c>OnStarting</c> callback when the pipeline throws before the
    /// response starts, or when an earlier callback throws; Kestrel still runs <c>OnCompleted</c> callbacks then.
    /// </remarks>
    private void WatchRequestCookies(IFeatureCollection features)
    {
        _arrivalPath = ((IHttpRequestFeature)features[typeof(IHttpRequestFeature)]!).Path;
        _response.OnCompleted(OnCompletedCallback, this);
    }

    /// <summary>The inventory the first time the request's cookies are to be noted; afterwards, and when it is off, <see langword="null"/>.</summary>
    private CookieInventory? TakeInventory()
    {
        var inventory = _requestCookiesNoted ? null : _services.Inventory;
        _requestCookiesNoted = true;
        return inventory;
    }

    private void NoteRequestCookiesUnlessEnforced() => TakeInventory()?.NoteRequestCookies(RequestCookieHeaders, _arrivalPath);
}
