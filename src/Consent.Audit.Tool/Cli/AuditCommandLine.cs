using System.CommandLine;
using Consent.Audit.Tool.Export;
using Consent.Audit.Tool.Localization;
using Consent.Audit.Tool.Report;
using Consent.Audit.Tool.Show;
using Consent.Audit.Tool.Snapshot;
using Consent.Audit.Tool.Stats;
using Consent.Audit.Tool.Verify;

namespace Consent.Audit.Tool;

/// <summary>The command tree of <c>consent-audit</c>.</summary>
internal static class AuditCommandLine
{
    public static RootCommand Create(AuditToolContext context)
    {
        var language = context.Language;
        var store = new StoreOptions(language);
        var root = new RootCommand(language["Root.Description"]);
        root.Options.Add(LanguageOption.Create(language));
        root.Options.Add(store.Sqlite);
        root.Options.Add(store.PostgreSql);
        root.Subcommands.Add(VerifyCommand.Create(store, context));
        root.Subcommands.Add(CheckpointCommand.Create(store, context));
        root.Subcommands.Add(ExportCommand.Create(store, context));
        root.Subcommands.Add(ShowCommand.Create(store, context));
        root.Subcommands.Add(StatsCommand.Create(store, context));
        root.Subcommands.Add(ReportCommand.Create(store, context));
        root.Subcommands.Add(SnapshotCommand.Create(store, context));
        return root;
    }
}
