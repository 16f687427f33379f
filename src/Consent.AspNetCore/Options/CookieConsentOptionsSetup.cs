using Microsoft.Extensions.Options;

namespace Consent.AspNetCore;

/// <summary>
/// Fills in what binding and user code cannot be trusted to: category keys from the dictionary keys,
/// and the locked necessary category in first place.
/// </summary>
internal sealed class CookieConsentOptionsSetup : IPostConfigureOptions<CookieConsentOptions>
{
    public void PostConfigure(string? name, CookieConsentOptions options)
    {
        if (!options.Categories.TryGetValue(ConsentCategory.Necessary, out var necessary))
        {
            necessary = new ConsentCategory();
            var rest = options.Categories.ToList();
            options.Categories.Clear();
            options.Categories[ConsentCategory.Necessary] = necessary;
            foreach (var pair in rest)
            {
                options.Categories[pair.Key] = pair.Value;
            }
        }

        foreach (var (key, category) in options.Categories)
        {
            if (category is not null)
            {
                category.Key = key;
            }
        }

        // Necessary is never sale/sharing: it could otherwise be switched off by a GPC signal.
        necessary.IsSaleOrSharing = false;
    }
}
