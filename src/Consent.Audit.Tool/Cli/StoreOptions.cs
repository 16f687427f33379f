using System.CommandLine;
using Consent.Audit.Tool.Localization;
using Consent.Audit.Tool.Store;
using Consent.Auditing;

namespace Consent.Audit.Tool;

/// <summary>The options every verb takes to name the store, and those that name a date range.</summary>
internal sealed class StoreOptions
{
    public StoreOptions(ToolLanguage language)
    {
        Language = language;
        Sqlite = new("--sqlite")
        {
            Description = language["Option.Sqlite"],
            HelpName = "PATH",
            Recursive = true,
        };
        PostgreSql = new("--postgres")
        {
            Description = language.Format("Option.Postgres", StoreSelection.EnvironmentVariable),
            HelpName = "CONNECTION_STRING",
            Recursive = true,
        };
    }

    public ToolLanguage Language { get; }

    public Option<string?> Sqlite { get; }

    public Option<string?> PostgreSql { get; }

    public Option<string?> From() => new("--from")
    {
        Description = Language["Option.From"],
        HelpName = "DATE",
    };

    public Option<string?> To() => new("--to")
    {
        Description = Language["Option.To"],
        HelpName = "DATE",
    };

    public Task<IConsentAuditReader> OpenAsync(ParseResult parse, AuditToolContext context, CancellationToken cancellationToken) =>
        StoreSelection.OpenAsync(parse.GetValue(Sqlite), parse.GetValue(PostgreSql), context.GetEnvironmentVariable, context.Language, cancellationToken);
}
