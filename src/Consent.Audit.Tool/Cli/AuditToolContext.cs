using System.Globalization;
using Consent.Audit.Tool.Localization;

namespace Consent.Audit.Tool;

/// <summary>What a run of the tool talks to, so that tests can run it in-process.</summary>
/// <param name="Output">Standard output: results and exports.</param>
/// <param name="Error">Standard error: one-line errors and progress.</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable such as <c>CONSENT_AUDIT_CONNECTION</c>.</param>
/// <param name="Time">The clock, for the time written into checkpoints and reports.</param>
/// <param name="ShowProgress">Whether to draw progress bars on standard error (only on a terminal).</param>
/// <param name="UiCulture">The user's UI culture, which chooses the language when <c>--language</c> is not given.</param>
internal sealed record AuditToolContext(
    TextWriter Output,
    TextWriter Error,
    Func<string, string?> GetEnvironmentVariable,
    TimeProvider Time,
    bool ShowProgress,
    CultureInfo UiCulture)
{
    /// <summary>Gets the language of the run: <c>--language</c>, else that of <see cref="UiCulture"/>.</summary>
    public ToolLanguage Language { get; init; } = ToolLanguage.FromCulture(UiCulture);
}
