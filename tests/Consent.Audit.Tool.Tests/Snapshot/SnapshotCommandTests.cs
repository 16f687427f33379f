using Consent.Audit.Tool.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Consent.Audit.Tool.Tests.Snapshot;

public sealed class SnapshotCommandTests
{
    // A live log in WAL mode keeps its latest commits in the -wal file until a checkpoint: a copy of the main file
    // alone is a shorter log that verifies as intact. The snapshot reads both as one.
    [Fact]
    [Trait("Rule", "L1")]
    public async Task Snapshot_LiveLogWithCommitsInItsWal_CopiesEveryEventAndVerifiesTheCopy()
    {
        await using var store = new SqliteTestStore();
        await store.SeedAsync(GeneratedLog.Events(10));
        await using var reader = new SqliteConnection($"Data Source={store.Path};Pooling=False");
        await reader.OpenAsync();
        await using (var hold = reader.CreateCommand())
        {
            // An open connection, as the site's is, keeps SQLite from checkpointing the WAL when the writer closes.
            hold.CommandText = "PRAGMA wal_autocheckpoint = 0; SELECT COUNT(*) FROM consent_events;";
            await hold.ExecuteScalarAsync();
        }

        await store.SeedAsync(GeneratedLog.Events(30).Skip(10).ToList());
        Assert.True(new FileInfo(store.Path + "-wal").Length > 0, "the later commits are still in the -wal file");
        var fileCopy = store.Path + ".file-copy";
        File.Copy(store.Path, fileCopy);
        var snapshot = store.Path + ".snapshot";

        var naive = await BuiltTool.RunAsync("verify", "--sqlite", fileCopy);
        var result = await BuiltTool.RunAsync("snapshot", "--sqlite", store.Path, "--out", snapshot);

        Assert.DoesNotContain("INTACT: 30 events", naive.Output, StringComparison.Ordinal);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains($"copied {store.Path} to {snapshot}", result.Output, StringComparison.Ordinal);
        Assert.Contains("INTACT: 30 events verified", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(snapshot + "-wal"), "the copy is one self-contained file");
        var again = await BuiltTool.RunAsync("verify", "--sqlite", snapshot);
        Assert.Contains("INTACT: 30 events verified", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snapshot_ExistingOutputFile_ExitsOneAndLeavesItAlone()
    {
        await using var store = new SqliteTestStore();
        await store.SeedAsync(GeneratedLog.Events(3));
        var existing = store.Path + ".existing";
        await File.WriteAllTextAsync(existing, "keep me");

        var result = await ConsentAudit.RunAsync(["snapshot", "--sqlite", store.Path, "--out", existing]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("never overwrites", result.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
    }

    [Fact]
    public async Task Snapshot_PostgreSql_ExitsOneAndNamesPgDump()
    {
        var result = await ConsentAudit.RunAsync(["snapshot", "--postgres", "Host=127.0.0.1;Database=x", "--out", "copy.db"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("pg_dump", result.Error, StringComparison.Ordinal);
    }
}
