using Consent.Audit.Tool.Tests.Infrastructure;

namespace Consent.Audit.Tool.Tests.Cli;

/// <summary>Bad input gives one clear line on standard error and a non-zero exit, never a stack trace.</summary>
public sealed class StoreSelectionTests
{
    [Fact]
    public async Task Verify_MissingSqliteFile_ExitsStoreUnreadableWithOneLine()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".db");

        var result = await ConsentAudit.RunAsync(["verify", "--sqlite", missing]);

        AssertOneLineError(result, ExitCodes.StoreUnreadable, "the file does not exist");
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Verify_FileThatIsNotADatabase_ExitsStoreUnreadable()
    {
        using var garbageFile = new TempFile(".db");
        var garbage = garbageFile.Path;
        await File.WriteAllTextAsync(garbage, "this is not a database, just some text that is long enough to look like a header of a file");
        var result = await ConsentAudit.RunAsync(["verify", "--sqlite", garbage]);

        AssertOneLineError(result, ExitCodes.StoreUnreadable, "Cannot read the audit store");
    }

    [Fact]
    public async Task Verify_LockedSqliteFile_ExitsStoreUnreadable()
    {
        await using var store = new SqliteTestStore();
        await store.SeedAsync(GeneratedLog.Events(3));

        // The seeding store keeps pooled connections open; they would keep the locker from changing the journal mode.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var locker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Path};Pooling=False");
        await locker.OpenAsync();
        await using (var command = locker.CreateCommand())
        {
            // Leave WAL for rollback-journal mode and hold an exclusive lock: no reader can get in.
            command.CommandText = "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;";
            await command.ExecuteNonQueryAsync();
        }

        var result = await ConsentAudit.RunAsync(["verify", "--sqlite", store.Path]);

        AssertOneLineError(result, ExitCodes.StoreUnreadable, "locked");
    }

    [Fact]
    public async Task Verify_PostgreSqlServerNotListening_ExitsStoreUnreadable()
    {
        var result = await ConsentAudit.RunAsync(["verify", "--postgres", "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=3"]);

        AssertOneLineError(result, ExitCodes.StoreUnreadable, "Cannot read the audit store");
    }

    [Fact]
    public async Task Verify_MalformedConnectionString_ExitsStoreUnreadable()
    {
        var result = await ConsentAudit.RunAsync(["verify", "--postgres", "Hots=db;Colour=blue"]);

        AssertOneLineError(result, ExitCodes.StoreUnreadable, "connection string is not valid");
    }

    [Fact]
    public async Task Verify_NoStore_ExitsBadInputNamingTheOptions()
    {
        var result = await ConsentAudit.RunAsync(["verify"]);

        AssertOneLineError(result, ExitCodes.BadInput, "CONSENT_AUDIT_CONNECTION");
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Verify_StoreFromEnvironment_IsUsed(string kind)
    {
        await using var store = await TestStore.CreateAsync(kind, events: 5);

        var result = await ConsentAudit.RunAsync(["verify"], new() { ["CONSENT_AUDIT_CONNECTION"] = store.StoreArguments[1] });

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
    }

    [Fact]
    public async Task Export_ReversedDateRange_ExitsBadInputWithOneLine()
    {
        await using var store = await TestStore.CreateAsync("sqlite", events: 3);

        var result = await ConsentAudit.RunAsync(store.Args("export", "--format", "csv", "--from", "2026-11-30", "--to", "2026-11-01"));

        AssertOneLineError(result, ExitCodes.BadInput, "wrong way round");
    }

    [Fact]
    public async Task Stats_DateInAnotherCalendar_ExitsBadInput()
    {
        await using var store = await TestStore.CreateAsync("sqlite", events: 3);

        var result = await ConsentAudit.RunAsync(store.Args("stats", "--from", "1448/05/25"));

        AssertOneLineError(result, ExitCodes.BadInput, "Gregorian");
    }

    [Fact]
    public async Task Stats_DateWithLineBreaksAndBidiControls_QuotedOnOneLineWithSpaces()
    {
        await using var store = await TestStore.CreateAsync("sqlite", events: 3);

        var result = await ConsentAudit.RunAsync(store.Args("stats", "--from", "2026\r\nconsent-audit: forged\u2028\u202Eline"));

        AssertOneLineError(result, ExitCodes.BadInput, "'2026 consent-audit: forged line' is not a date");
    }

    [Theory]
    [InlineData("export", "--format", "xml", "--sqlite", "x.db")]
    [InlineData("verify", "--sqlite")]
    [InlineData("frobnicate")]
    [InlineData]
    public async Task Main_CommandLineErrors_OneLineAndBadInput(params string[] args)
    {
        var result = await ConsentAudit.RunAsync(args);

        AssertOneLineError(result, ExitCodes.BadInput, "consent-audit --help");
        Assert.Empty(result.Output);
    }

    private static void AssertOneLineError(ToolResult result, int exitCode, string expected)
    {
        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
