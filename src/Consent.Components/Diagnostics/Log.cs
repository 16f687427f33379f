using Microsoft.Extensions.Logging;

namespace Consent.Components;

/// <summary>Every log message of the components, in the <see cref="Category"/> category, with stable event ids.</summary>
internal static partial class Log
{
    /// <summary>The logger category of every message here.</summary>
    public const string Category = "Consent.Components";

    [LoggerMessage(1, LogLevel.Error, "The consent text shown in the browser ({Language}, SHA-256 {Hash}) is not one the server archived for this page, so a decision would cite a text no auditor can read (COMPLIANCE R4). Configure the client's AddCookieConsentComponents with the same text overrides as the server, and set its culture to the page's.", EventName = "UnarchivedText")]
    public static partial void UnarchivedText(ILogger logger, string language, string hash);

    [LoggerMessage(2, LogLevel.Warning, "No '{Language}' text for {What} '{Name}': the page shows the neutral-language text instead. Give it per language (Purposes, Titles or Descriptions, for example Consent:Cookies:0:Purposes:{Language}).", EventName = "MissingTranslation")]
    public static partial void MissingTranslation(ILogger logger, string language, string what, string name);
}
