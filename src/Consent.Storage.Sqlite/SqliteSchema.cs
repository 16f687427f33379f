using Microsoft.Data.Sqlite;

namespace Consent.Storage.Sqlite;

/// <summary>Creates and migrates the audit file's schema. The version lives in <c>PRAGMA user_version</c>.</summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE IF NOT EXISTS consent_events (
            seq INTEGER PRIMARY KEY,
            occurred_at INTEGER NOT NULL,
            consent_id TEXT NOT NULL,
            body BLOB NULL,
            hash BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS consent_events_consent_id ON consent_events (consent_id);
        CREATE INDEX IF NOT EXISTS consent_events_occurred_at ON consent_events (occurred_at);
        CREATE TABLE IF NOT EXISTS consent_texts (
            hash TEXT PRIMARY KEY,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            first_seen INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS consent_preferences (
            user_id TEXT PRIMARY KEY,
            consent_id TEXT NOT NULL,
            categories TEXT NOT NULL,
            policy_revision TEXT NOT NULL,
            decided_at INTEGER NOT NULL,
            gpc INTEGER NOT NULL,
            method INTEGER NOT NULL);
        """,
        """
        CREATE TABLE IF NOT EXISTS consent_signatures (
            seq INTEGER PRIMARY KEY,
            head BLOB NOT NULL,
            signed_at TEXT NOT NULL,
            key_id TEXT NOT NULL,
            signature BLOB NOT NULL);
        """,
        """
        ALTER TABLE consent_events ADD COLUMN submission_key TEXT NULL;
        CREATE UNIQUE INDEX IF NOT EXISTS consent_events_submission_key ON consent_events (submission_key) WHERE submission_key IS NOT NULL;
        """,
    ];

    public static void Migrate(SqliteConnection connection)
    {
        using (var wal = connection.CreateCommand())
        {
            // WAL lets readers (verification, exports) run while the writer commits; the mode is stored in the file.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        for (var next = version; next < Migrations.Length; next++)
        {
            command.CommandText = Migrations[next] + $"\nPRAGMA user_version = {next + 1};";
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
