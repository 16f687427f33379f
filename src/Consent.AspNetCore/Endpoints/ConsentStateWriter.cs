using System.Text.Json;
using Consent.Abstractions;
using Microsoft.AspNetCore.Http;

namespace Consent.AspNetCore;

/// <summary>Writes the visitor's current consent state as JSON for <c>GET /consent</c> and <c>fetch</c> callers.</summary>
internal static class ConsentStateWriter
{
    public static async Task WriteAsync(HttpContext context, IConsentFeature consent)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        var decision = consent.Decision;
        json.WriteStartObject();
        json.WriteBoolean("hasDecision", decision is not null);
        if (decision is not null)
        {
            json.WriteString("consentId", decision.ConsentId.ToString());
            json.WriteString("decidedAt", UtcTimeText.Seconds(decision.DecidedAt));
            json.WriteString("method", decision.Method switch
            {
                ConsentMethod.AcceptAll => ConsentFormNames.AcceptAll,
                ConsentMethod.RejectAll => ConsentFormNames.RejectAll,
                _ => ConsentFormNames.Save,
            });
        }

        json.WriteString("policyRevision", consent.Policy.Revision);
        json.WriteBoolean("globalPrivacyControl", consent.GlobalPrivacyControl);
        json.WriteStartObject("categories");
        foreach (var category in consent.Policy.Categories)
        {
            json.WriteBoolean(category.Key, consent.IsGranted(category.Key));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
