using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Consent.AspNetCore;

/// <summary>
/// The warning logged once for each undeclared cookie name: what the library's sources say of it
/// («<c>_fbp</c>: Meta, marketing, 90 days, Open Cookie Database — declare it as …»), or that they know nothing.
/// </summary>
internal static class UndeclaredCookieWarning
{
    public static void Log(ILogger logger, bool allowed, string name, CookieSuggestion? suggestion)
    {
        if (!logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        var outcome = allowed ? "Let through" : "Blocked";
        var declaration = SuggestedDeclaration.For(name, suggestion);
        if (suggestion is null)
        {
            AspNetCore.Log.UndeclaredCookieUnknown(logger, outcome, name, declaration.ToCSharp());
            return;
        }

        AspNetCore.Log.UndeclaredCookie(
            logger,
            outcome,
            name,
            suggestion.Provider ?? "provider unknown",
            suggestion.Category,
            Describe(suggestion.Lifetime),
            suggestion.Source,
            declaration.ToCSharp(),
            declaration.ToJson());
    }

    /// <summary>A lifetime in words for the log: <c>90 days</c>, <c>30 minutes</c>, <c>session</c>, <c>lifetime unknown</c>.</summary>
    public static string Describe(SuggestedLifetime lifetime)
    {
        if (lifetime.IsSession)
        {
            return "session";
        }

        if (lifetime.Duration is not { } duration)
        {
            return "lifetime unknown";
        }

        var (count, unit) = duration.Ticks switch
        {
            var t when t % TimeSpan.TicksPerDay == 0 => (t / TimeSpan.TicksPerDay, "day"),
            var t when t % TimeSpan.TicksPerHour == 0 => (t / TimeSpan.TicksPerHour, "hour"),
            var t when t % TimeSpan.TicksPerMinute == 0 => (t / TimeSpan.TicksPerMinute, "minute"),
            var t => (t / TimeSpan.TicksPerSecond, "second"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");
    }
}
