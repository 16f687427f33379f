namespace Consent.Sample;

/// <summary>Local stand-ins for third-party content, so that the sample and its tests never load an external URL.</summary>
internal static class DemoPagesEndpoint
{
    public static IEndpointRouteBuilder MapDemoPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCultureSwitch();

        // What a video provider's embed would show; it is only ever requested from inside an open ConsentGate.
        endpoints.MapGet("/demo/video", () => Results.Content(
            """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مشغّل الفيديو التجريبي</title></head>
            <body style="margin:0;display:grid;place-items:center;block-size:100vh;background:#111;color:#fff;font-family:sans-serif">
            <p>▶ مشغّل فيديو تجريبي: افتتاح المكتبة الرقمية</p>
            </body></html>
            """,
            "text/html; charset=utf-8"));
        return endpoints;
    }
}
