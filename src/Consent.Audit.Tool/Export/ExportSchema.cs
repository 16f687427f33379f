namespace Consent.Audit.Tool.Export;

/// <summary>The version of the export formats; written into every export so that a reader knows the columns and fields.</summary>
internal static class ExportSchema
{
    public const string Version = "consent-audit-export/1";
}
