using Consent.Auditing;
using Consent.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite audit log.</summary>
public static class SqliteAuditLogCookieConsentBuilderExtensions
{
    /// <summary>
    /// Records consent decisions in one SQLite file in WAL mode: the hash-chained audit log (through the group-commit
    /// writer), the banner text archive and signed-in users' preferences. The file's folder and the schema are created (or
    /// the schema migrated) at startup; a file that cannot be opened stops the start with a message naming it.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddCookieConsent()</c>.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, such as <c>Data Source=App_Data/consent.db</c>.</param>
    /// <typeparam name="TBuilder">The builder type, returned as it is so that calls chain.</typeparam>
    /// <returns>The builder.</returns>
    public static TBuilder AddSqliteAuditLog<TBuilder>(this TBuilder builder, string connectionString)
        where TBuilder : IConsentAuditBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connections = new SqliteConnectionFactory(connectionString);
        builder.AddAuditStore(_ => new SqliteConsentAuditStore(connections));
        builder.Services.AddSingleton<IConsentTextArchive>(sp => new SqliteConsentTextArchive(connections, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IConsentPreferenceStore>(new SqliteConsentPreferenceStore(connections));
        return builder;
    }
}
