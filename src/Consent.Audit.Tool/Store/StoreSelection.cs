using Consent.Audit.Tool.Localization;
using Consent.Auditing;
using Consent.Storage.PostgreSql;
using Consent.Storage.Sqlite;
using Npgsql;

namespace Consent.Audit.Tool.Store;

/// <summary>Which store the command line names: <c>--sqlite PATH</c>, <c>--postgres CONNECTION_STRING</c> or <c>CONSENT_AUDIT_CONNECTION</c>.</summary>
internal static class StoreSelection
{
    public const string EnvironmentVariable = "CONSENT_AUDIT_CONNECTION";

    /// <summary>
    /// Opens the store. <c>CONSENT_AUDIT_CONNECTION</c> holds a PostgreSQL connection string (it has a <c>Host</c>),
    /// <c>Data Source=PATH</c> or a path to a SQLite file.
    /// </summary>
    public static Task<IConsentAuditReader> OpenAsync(string? sqlite, string? postgres, Func<string, string?> environment, ToolLanguage language, CancellationToken cancellationToken)
    {
        if (sqlite is not null && postgres is not null)
        {
            throw new AuditToolException(ExitCodes.BadInput, language["Error.BothStores"]);
        }

        if (sqlite is not null)
        {
            return OpenSqliteAsync(sqlite, cancellationToken);
        }

        if (postgres is not null)
        {
            return OpenPostgreSqlAsync(postgres, cancellationToken);
        }

        var fromEnvironment = environment(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(fromEnvironment))
        {
            throw new AuditToolException(ExitCodes.BadInput, language.Format("Error.NoStore", EnvironmentVariable));
        }

        const string DataSource = "Data Source=";
        if (fromEnvironment.StartsWith(DataSource, StringComparison.OrdinalIgnoreCase))
        {
            return OpenSqliteAsync(fromEnvironment[DataSource.Length..].Trim().TrimEnd(';'), cancellationToken);
        }

        return LooksLikePostgreSql(fromEnvironment)
            ? OpenPostgreSqlAsync(fromEnvironment, cancellationToken)
            : OpenSqliteAsync(fromEnvironment, cancellationToken);
    }

    private static async Task<IConsentAuditReader> OpenSqliteAsync(string path, CancellationToken cancellationToken) =>
        await SqliteConsentAuditReader.OpenAsync(path, cancellationToken);

    private static async Task<IConsentAuditReader> OpenPostgreSqlAsync(string connectionString, CancellationToken cancellationToken) =>
        await PostgreSqlConsentAuditReader.OpenAsync(connectionString, cancellationToken);

    private static bool LooksLikePostgreSql(string value)
    {
        if (!value.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
