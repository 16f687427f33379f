using System.Globalization;
using Consent.Auditing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consent.AspNetCore;

/// <summary>
/// <c>POST /consent</c> takes a decision: checks antiforgery and every field, then has
/// <see cref="ConsentDecisionPipeline"/> record the audit event and only then write the consent cookie.
/// <c>GET /consent</c> returns the current state.
/// </summary>
internal static class ConsentEndpoint
{
    public static Task GetAsync(HttpContext context)
    {
        var feature = ConsentFeature.Attach(context, context.RequestServices.GetRequiredService<ConsentServices>());
        return ConsentStateWriter.WriteAsync(context, feature);
    }

    public static async Task PostAsync(HttpContext context)
    {
        var services = context.RequestServices.GetRequiredService<ConsentServices>();
        var feature = ConsentFeature.Attach(context, services);
        context.Response.Headers.CacheControl = "no-store";
        var fromForm = context.Request.HasFormContentType;
        if (!fromForm && !IsJson(context.Request.ContentType))
        {
            await RejectAsync(context, services, StatusCodes.Status415UnsupportedMediaType, "Send an HTML form (application/x-www-form-urlencoded or multipart/form-data) or application/json.");
            return;
        }

        if (RequestOrigin.Refusal(context.Request, services.Policy.Options.AllowedOrigins) is { } foreign)
        {
            await RejectAsync(context, services, StatusCodes.Status400BadRequest, foreign);
            return;
        }

        if (fromForm && await ConsentRequestReader.LoadFormAsync(context) is { } tooLarge)
        {
            await RejectAsync(context, services, StatusCodes.Status400BadRequest, tooLarge);
            return;
        }

        if (!await IsAntiforgeryValidAsync(context))
        {
            await RejectAsync(context, services, StatusCodes.Status400BadRequest, "The antiforgery token is missing or invalid. Post the consent form from a page of this site.");
            return;
        }

        var antiforgeryField = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
        var (raw, readError) = await ConsentRequestReader.ReadAsync(context, antiforgeryField);
        var (request, error) = raw is null ? (null, readError) : ConsentRequestValidator.Validate(raw, services.Policy, fromForm);
        if (request is null)
        {
            await RejectAsync(context, services, StatusCodes.Status400BadRequest, error!);
            return;
        }

        try
        {
            if (await PostedTextCheck.FindProblemAsync(context.RequestServices.GetRequiredService<IConsentTextArchive>(), request.Details, context.RequestAborted) is { } unshown)
            {
                await RejectAsync(context, services, StatusCodes.Status400BadRequest, unshown);
                return;
            }

            await services.Decisions.TakeAsync(feature, request.Method, request.Categories, request.Details, context.RequestAborted);
        }
        catch (ConsentSubmissionConflictException conflict)
        {
            await RejectAsync(context, services, StatusCodes.Status409Conflict, conflict.Message);
            return;
        }
        catch (ConsentAuditLogBusyException busy)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(busy.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await RejectAsync(context, services, StatusCodes.Status503ServiceUnavailable, "Your choice could not be recorded just now and was not applied. Please try again in a moment.");
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // An unrecorded decision is not applied (the pipeline throws before it applies); the visitor is told to retry.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.AuditAppendFailed(services.Logger, exception);
            context.Response.Headers.RetryAfter = "5";
            await RejectAsync(context, services, StatusCodes.Status503ServiceUnavailable, "Your choice could not be recorded and was not applied. Please try again later.");
            return;
        }

        if (fromForm)
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = request.ReturnUrl;
            return;
        }

        await ConsentStateWriter.WriteAsync(context, feature);
    }

    private static async Task<bool> IsAntiforgeryValidAsync(HttpContext context)
    {
        try
        {
            return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
        }
        catch (Exception exception) when (exception is AntiforgeryValidationException or InvalidOperationException or InvalidDataException or IOException)
        {
            return false;
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static async Task RejectAsync(HttpContext context, ConsentServices services, int status, string reason)
    {
        Log.ConsentRequestRejected(services.Logger, reason);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(reason, context.RequestAborted);
    }
}
