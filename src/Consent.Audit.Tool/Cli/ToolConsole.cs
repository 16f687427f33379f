using Spectre.Console;
using Spectre.Console.Rendering;

namespace Consent.Audit.Tool;

/// <summary>Spectre.Console output on the run's writers; values from the store are always shown as text, never as markup.</summary>
internal static class ToolConsole
{
    /// <summary>The console for results: styled only when standard output is a terminal.</summary>
    public static IAnsiConsole ForOutput(AuditToolContext context) =>
        Create(context.Output, ReferenceEquals(context.Output, Console.Out) && !Console.IsOutputRedirected);

    public static IAnsiConsole Create(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            // The caller knows whether the writer is a terminal; Spectre cannot tell for a writer it is handed.
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected to a file or a test: wide enough that hashes and Arabic texts are not wrapped.
            console.Profile.Width = 200;
        }

        return console;
    }

    public static IRenderable Text(string? value) => new Text(value ?? "—");

    public static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }
}
