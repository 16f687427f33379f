using System.CommandLine;
using Consent.Audit.Tool.Store;
using Consent.Auditing;

namespace Consent.Audit.Tool;

/// <summary>The options every verb takes to name the store, and those that name a date range.</summary>
internal sealed class StoreOptions
{
    public Option<string?> Sqlite { get; } = new("--sqlite")
    {
        Description = "Path of the SQLite audit file (opened read-only).",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<string?> PostgreSql { get; } = new("--postgres")
    {
        Description = $"PostgreSQL connection string; Search Path selects the schema. Default: {StoreSelection.EnvironmentVariable}.",
        HelpName = "CONNECTION_STRING",
        Recursive = true,
    };

    public static Option<string?> From() => new("--from")
    {
        Description = "First day or time to include, UTC (2026-11-01 or 2026-11-01T08:00:00Z).",
        HelpName = "DATE",
    };

    public static Option<string?> To() => new("--to")
    {
        Description = "Last day to include (a date includes the whole day) or time to stop before, UTC.",
        HelpName = "DATE",
    };

    public Task<IConsentAuditReader> OpenAsync(ParseResult parse, AuditToolContext context, CancellationToken cancellationToken) =>
        StoreSelection.OpenAsync(parse.GetValue(Sqlite), parse.GetValue(PostgreSql), context.GetEnvironmentVariable, cancellationToken);
}
