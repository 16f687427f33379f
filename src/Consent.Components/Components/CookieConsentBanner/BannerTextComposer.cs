using Consent.Abstractions;

namespace Consent.Components;

/// <summary>
/// Writes out, in reading order, every text the banner shows, so that it can be archived and hashed (COMPLIANCE R4).
/// The visitor's consent ID is left out: it is not part of what was agreed to, and would make every text unique.
/// </summary>
internal static class BannerTextComposer
{
    public static string Compose(ConsentText text, ConsentPolicyView policy, bool globalPrivacyControl)
    {
        var lines = new List<string>
        {
            text[ConsentTextKeys.BannerHeading],
            text[ConsentTextKeys.BannerBody],
            text[ConsentTextKeys.PrivacyLink] + " <" + policy.PrivacyPolicyUrl + ">",
        };
        if (globalPrivacyControl)
        {
            lines.Add(text[ConsentTextKeys.GpcNotice]);
        }

        lines.Add(text[ConsentTextKeys.AcceptAll]);
        lines.Add(text[ConsentTextKeys.RejectAll]);
        lines.Add(text[ConsentTextKeys.Settings]);
        lines.Add(text[ConsentTextKeys.SettingsTitle]);
        lines.Add(text[ConsentTextKeys.Back]);
        foreach (var category in policy.Categories)
        {
            lines.Add(category.IsNecessary ? text.Title(category) + " — " + text[ConsentTextKeys.AlwaysOn] : text.Title(category));
            lines.Add(text.Description(category));
            lines.Add(text[ConsentTextKeys.CookieDetails]);
            foreach (var cookie in policy.CookiesOf(category.Key))
            {
                var row = text.Row(cookie, policy);
                lines.Add(string.Join(" | ", row.Name, row.Provider, row.Purpose, row.Duration, row.Type));
            }
        }

        lines.Add(text[ConsentTextKeys.Save]);
        return string.Join('\n', lines);
    }
}
