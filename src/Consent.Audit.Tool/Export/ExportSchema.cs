namespace Consent.Audit.Tool.Export;

/// <summary>The version of the export formats; written into every export so that a reader knows the columns and fields.</summary>
internal static class ExportSchema
{
    // 2: the submission key (consent-event/2), as the last CSV column and the last JSON field; null for events without one.
    public const string Version = "consent-audit-export/2";
}
