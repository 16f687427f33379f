using System.CommandLine;
using System.Data.Common;
using System.Text;
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
        var root = AuditCommandLine.Create(context);
        var configuration = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would print each error over several lines and the help after them; one line is enough.
            var errors = string.Join("; ", parse.Errors.Select(e => e.Message));
            await context.Error.WriteLineAsync("consent-audit: " + OneLine(errors) + " (consent-audit --help lists the commands and options)");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception e)
        {
            var (code, message) = Describe(e);
            await context.Error.WriteLineAsync("consent-audit: " + OneLine(message));
            return code;
        }
    }

    private static (int Code, string Message) Describe(Exception e) => e switch
    {
        AuditToolException tool => (tool.ExitCode, tool.Message),
        ConsentAuditTamperedException tampered => (ExitCodes.Tampered, tampered.Message),
        ConsentAuditStoreUnavailableException unavailable => (ExitCodes.StoreUnreadable, unavailable.Message),
        DbException db => (ExitCodes.StoreUnreadable, "Cannot read the audit store: " + db.Message),
        TimeoutException timeout => (ExitCodes.StoreUnreadable, "Cannot read the audit store: " + timeout.Message),
        IOException or UnauthorizedAccessException => (ExitCodes.BadInput, e.Message),
        OperationCanceledException => (Unexpected, "Cancelled."),
        _ => (Unexpected, $"Unexpected error ({e.GetType().Name}): {e.Message}"),
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
