using Npgsql;

namespace Consent.Storage.PostgreSql;

/// <summary>
/// Creates and migrates the schema in the connection's current schema. An advisory lock makes instances that start
/// together migrate one after the other; the version lives in <c>consent_schema_version</c>.
/// </summary>
internal static class PostgreSqlSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE consent_events (
            seq bigint PRIMARY KEY,
            occurred_at timestamptz NOT NULL,
            consent_id text NOT NULL,
            body bytea NULL,
            hash bytea NOT NULL);
        CREATE INDEX consent_events_consent_id ON consent_events (consent_id);
        CREATE INDEX consent_events_occurred_at ON consent_events (occurred_at);
        CREATE TABLE consent_texts (
            hash text PRIMARY KEY,
            language text NOT NULL,
            text text NOT NULL,
            first_seen timestamptz NOT NULL);
        CREATE TABLE consent_preferences (
            user_id text PRIMARY KEY,
            consent_id text NOT NULL,
            categories text NOT NULL,
            policy_revision text NOT NULL,
            decided_at bigint NOT NULL,
            gpc boolean NOT NULL,
            method integer NOT NULL);
        """,
        """
        CREATE TABLE consent_signatures (
            seq bigint PRIMARY KEY,
            head bytea NOT NULL,
            signed_at text NOT NULL,
            key_id text NOT NULL,
            signature bytea NOT NULL);
        """,
        """
        ALTER TABLE consent_events ADD COLUMN submission_key text NULL;
        CREATE UNIQUE INDEX consent_events_submission_key ON consent_events (submission_key) WHERE submission_key IS NOT NULL;
        """,
    ];

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.consent_schema'));
            CREATE TABLE IF NOT EXISTS consent_schema_version (version integer NOT NULL);
            SELECT COALESCE(MAX(version), 0) FROM consent_schema_version;
            """;
        var version = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                version = reader.GetInt32(0);
            }
        }

        for (var next = version; next < Migrations.Length; next++)
        {
            command.CommandText = Migrations[next] + $"\nDELETE FROM consent_schema_version; INSERT INTO consent_schema_version VALUES ({next + 1});";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
