using System.CommandLine;
using Consent.Audit.Tool.Store;
using Consent.Audit.Tool.Verify;
using Consent.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Consent.Audit.Tool.Snapshot;

/// <summary>
/// <c>snapshot --sqlite LIVE --out COPY</c>: a consistent copy of a live SQLite log, taken with SQLite's online backup
/// API. Copying the file alone loses the commits still in its <c>-wal</c> file, and the copy then verifies as a
/// shorter, intact log; the backup reads the database as one snapshot, write-ahead log included.
/// </summary>
internal static class SnapshotCommand
{
    public static Command Create(StoreOptions store, AuditToolContext context)
    {
        var language = context.Language;
        var outOption = new Option<string>("--out") { Description = language["Snapshot.Out"], HelpName = "FILE", Required = true };
        var proof = new ProofOptions(language);
        var command = new Command("snapshot", language["Snapshot.Description"])
        {
            outOption,
        };
        proof.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var live = parse.GetValue(store.Sqlite);
            if (live is null || parse.GetValue(store.PostgreSql) is not null)
            {
                throw new AuditToolException(ExitCodes.BadInput, language["Error.SnapshotNeedsSqlite"]);
            }

            var copy = parse.GetValue(outOption)!;
            if (File.Exists(copy))
            {
                throw new AuditToolException(ExitCodes.BadInput, language.Format("Error.SnapshotExists", copy));
            }

            var (options, file) = await proof.ReadAsync(parse, cancellationToken);

            // Opened read-only through the tool's reader first, so that a missing file or a file that is not an audit
            // log is reported as for every other command, and nothing is created at the live path.
            await using (var probe = await StoreSelection.OpenAsync(live, null, context.GetEnvironmentVariable, language, cancellationToken))
            {
                await probe.CountAsync(cancellationToken);
            }

            Backup(live, copy);
            await using var database = await SqliteConsentAuditReader.OpenAsync(copy, cancellationToken);
            var result = await VerificationRun.RunAsync(database, options, file, context, cancellationToken);
            await context.Output.WriteLineAsync(language.Format("Snapshot.Copied", live, copy));
            await context.Output.WriteLineAsync(VerifyCommand.Describe(result, options.Checkpoint, language));
            return result.IsValid ? ExitCodes.Ok : ExitCodes.Tampered;
        });
        return command;
    }

    private static void Backup(string live, string copy)
    {
        var source = new SqliteConnectionStringBuilder { DataSource = live, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString();
        var destination = new SqliteConnectionStringBuilder { DataSource = copy, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var from = new SqliteConnection(source);
        using var to = new SqliteConnection(destination);
        from.Open();
        to.Open();
        from.BackupDatabase(to);

        // One self-contained file to hand over: the copy leaves WAL mode, so no -wal file belongs to it.
        using var journal = to.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode = DELETE;";
        journal.ExecuteNonQuery();
    }
}
