using Consent.AspNetCore;

namespace Consent.Sample;

/// <summary>
/// Chooses the audit store from configuration: <c>Consent:Audit:Provider</c> is <c>Sqlite</c> (the default) or
/// <c>PostgreSql</c>, <c>Consent:Audit:ConnectionString</c> its connection string. Without one, SQLite writes
/// <c>App_Data/consent.db</c> under the content root.
/// </summary>
internal static class SampleAuditLog
{
    public static CookieConsentBuilder AddSampleAuditLog(this CookieConsentBuilder consent, WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Consent:Audit:Provider"] ?? "Sqlite";
        var connectionString = builder.Configuration["Consent:Audit:ConnectionString"];
        if (string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            return consent.AddPostgreSqlAuditLog(connectionString
                ?? throw new InvalidOperationException("Consent:Audit:Provider is PostgreSql: set Consent:Audit:ConnectionString to an Npgsql connection string."));
        }

        if (!string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Consent:Audit:Provider is \"{provider}\"; use Sqlite or PostgreSql.");
        }

        if (connectionString is null)
        {
            var appData = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(appData);
            connectionString = $"Data Source={Path.Combine(appData, "consent.db")}";
        }

        return consent.AddSqliteAuditLog(connectionString);
    }
}
