using System.CommandLine;
using System.Data.Common;
using System.Text;
using Consent.Audit.Tool.Localization;
using Consent.Auditing;

namespace Consent.Audit.Tool;

/// <summary>The tool's entry point: parses the command line, runs the verb and turns every failure into one line and an exit code.</summary>
internal static class AuditTool
{
    /// <summary>Exit code for a failure the tool did not foresee; still one line, never a stack trace.</summary>
    public const int Unexpected = 70;

    public static async Task<int> RunAsync(string[] args, AuditToolContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (root, parse) = Parse(args, context);

        // The commands' help and messages are built in the language of the run, which the command line itself may name.
        if (LanguageOption.Chosen(parse, LanguageOf(root)) is { } chosen && chosen != context.Language)
        {
            context = context with { Language = chosen };
            (root, parse) = Parse(args, context);
        }

        var language = context.Language;
        var configuration = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would print each error over several lines and the help after them; one line is enough.
            var errors = string.Join("; ", parse.Errors.Select(e => e.Message));
            await context.Error.WriteLineAsync("consent-audit: " + OneLine(language.Format("Error.Parse", errors)));
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception e)
        {
            var (code, message) = Describe(e, language);
            await context.Error.WriteLineAsync("consent-audit: " + OneLine(message));
            return code;
        }
    }

    private static (RootCommand Root, ParseResult Parse) Parse(string[] args, AuditToolContext context)
    {
        var root = AuditCommandLine.Create(context);
        return (root, root.Parse(args));
    }

    private static Option LanguageOf(RootCommand root) => root.Options.Single(o => o.Name == LanguageOption.Name);

    // The library's and the database driver's own messages are English; in Arabic they follow a sentence that says what failed.
    private static (int Code, string Message) Describe(Exception e, ToolLanguage language) => e switch
    {
        AuditToolException tool => (tool.ExitCode, tool.Message),
        ConsentAuditTamperedException tampered => (ExitCodes.Tampered, language.Format("Error.Tampered", tampered.Message)),
        ConsentAuditStoreUnavailableException unavailable => (ExitCodes.StoreUnreadable, language.Format("Error.StoreUnavailable", unavailable.Message)),
        DbException or TimeoutException => (ExitCodes.StoreUnreadable, language.Format("Error.StoreUnreadable", e.Message)),
        IOException or UnauthorizedAccessException => (ExitCodes.BadInput, language.Format("Error.File", e.Message)),
        OperationCanceledException => (Unexpected, language["Error.Cancelled"]),
        _ => (Unexpected, language.Format("Error.Unexpected", e.GetType().Name, e.Message)),
    };

    // Error text can quote values from the store or the command line: each run of unsafe characters (line breaks,
    // control and bidi characters) becomes one space (CWE-117).
    private static string OneLine(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (var c in message)
        {
            var blank = AuditText.IsUnsafe(c);
            if (!blank || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(blank ? ' ' : c);
            }
        }

        return builder.ToString().Trim();
    }
}
