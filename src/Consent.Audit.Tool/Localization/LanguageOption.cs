using System.CommandLine;

namespace Consent.Audit.Tool.Localization;

/// <summary><c>--language ar|en</c>, on every command: the language of messages, tables and the report, not of data.</summary>
internal static class LanguageOption
{
    public const string Name = "--language";

    public static Option<string?> Create(ToolLanguage language)
    {
        var option = new Option<string?>(Name)
        {
            Description = language["Option.Language"],
            HelpName = "ar|en",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => ToolLanguage.Find(t.Value) is null))
            {
                result.AddError(language.Format("Error.UnknownLanguage", token.Value));
            }
        });
        return option;
    }

    /// <summary>
    /// Gets the language the command line names, read from its token so that a parse with other errors still
    /// answers; <see langword="null"/> when <c>--language</c> is absent or names a language the tool does not speak.
    /// </summary>
    public static ToolLanguage? Chosen(ParseResult parse, Option option) =>
        parse.GetResult(option)?.Tokens is [.., var last] ? ToolLanguage.Find(last.Value) : null;
}
