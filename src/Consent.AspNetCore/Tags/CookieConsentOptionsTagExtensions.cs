namespace Consent.AspNetCore;

/// <summary>Declares the cookies of known tags, so that a site using a tag component need not list them itself.</summary>
public static class CookieConsentOptionsTagExtensions
{
    /// <summary>
    /// Adds the cookies <paramref name="tag"/> sets to the registry, with the library's purposes (shown in Arabic,
    /// English and French) and lifetimes, in the tag's usual category.
    /// </summary>
    /// <param name="options">The consent options.</param>
    /// <param name="tag">The tag or embed.</param>
    /// <param name="category">Another category for them, such as a <c>video</c> category for embeds; <see langword="null"/> for the tag's usual one.</param>
    /// <returns>The options, for chaining.</returns>
    public static CookieConsentOptions DeclareTagCookies(this CookieConsentOptions options, ConsentTag tag, string? category = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(tag))
        {
            throw new ArgumentOutOfRangeException(nameof(tag), tag, "Not a known tag.");
        }

        foreach (var cookie in TagCookies.Of(tag))
        {
            if (category is not null)
            {
                cookie.Category = category;
            }

            options.Cookies.Add(cookie);
        }

        return options;
    }
}
