using Consent.Auditing;
using Consent.Storage.PostgreSql;
using Npgsql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL audit log.</summary>
public static class PostgreSqlAuditLogCookieConsentBuilderExtensions
{
    /// <summary>
    /// Records consent decisions in PostgreSQL: the hash-chained audit log (through the group-commit writer; every
    /// instance of a farm extends the same linear chain), the banner text archive and signed-in users' preferences.
    /// The schema is created or migrated at startup, in the connection's current schema (<c>Search Path</c>).
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddCookieConsent()</c>.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <typeparam name="TBuilder">The builder type, returned as it is so that calls chain.</typeparam>
    /// <returns>The builder.</returns>
    public static TBuilder AddPostgreSqlAuditLog<TBuilder>(this TBuilder builder, string connectionString)
        where TBuilder : IConsentAuditBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.Services.AddKeyedSingleton(typeof(PostgreSqlConsentAuditStore), (_, _) => NpgsqlDataSource.Create(connectionString));
        builder.AddAuditStore(sp => new PostgreSqlConsentAuditStore(DataSource(sp), sp.GetRequiredService<ConsentAuditSigner>()));
        builder.Services.AddSingleton<IConsentTextArchive>(sp => new PostgreSqlConsentTextArchive(DataSource(sp), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IConsentPreferenceStore>(sp => new PostgreSqlConsentPreferenceStore(DataSource(sp)));
        return builder;
    }

    private static NpgsqlDataSource DataSource(IServiceProvider services) =>
        services.GetRequiredKeyedService<NpgsqlDataSource>(typeof(PostgreSqlConsentAuditStore));
}
