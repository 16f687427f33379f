using System.Globalization;

namespace Consent.Components;

/// <summary>
/// Configures the consent components: text overrides and where a Content-Security-Policy nonce comes from.
/// Register with <c>builder.Services.AddCookieConsentComponents(options => …)</c>.
/// </summary>
public sealed class ConsentComponentsOptions
{
    private readonly Dictionary<string, Dictionary<string, string>> _overrides = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets a hook that replaces any text the components show. It receives a key from
    /// <see cref="ConsentTextKeys"/> (or a category or cookie key, see there) and the current UI culture, and returns
    /// the text to show, or <see langword="null"/> to keep the shipped one. Use it to plug in the site's own
    /// <c>IStringLocalizer</c>. Consulted before <see cref="Override(string, string, string)"/> entries.
    /// </summary>
    public Func<string, CultureInfo, string?>? Text { get; set; }

    /// <summary>
    /// Gets or sets the key of <c>HttpContext.Items</c> under which the host stores the request's CSP nonce.
    /// <see cref="ConsentScript"/> and <see cref="GoogleConsentMode"/> put it on their <c>script</c> elements unless
    /// their <c>Nonce</c> parameter is set. Defaults to <c>csp-nonce</c>.
    /// </summary>
    public string CspNonceItemKey { get; set; } = "csp-nonce";

    /// <summary>
    /// Replaces one text for one language. <paramref name="culture"/> is a culture name such as <c>ar</c> or
    /// <c>en-GB</c>; a neutral name (<c>en</c>) applies to all its specific cultures.
    /// </summary>
    /// <param name="culture">The culture name.</param>
    /// <param name="key">The text key, from <see cref="ConsentTextKeys"/>.</param>
    /// <param name="text">The text to show.</param>
    /// <returns>The options, for chaining.</returns>
    public ConsentComponentsOptions Override(string culture, string key, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(culture);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(text);
        if (!_overrides.TryGetValue(culture, out var texts))
        {
            texts = new Dictionary<string, string>(StringComparer.Ordinal);
            _overrides[culture] = texts;
        }

        texts[key] = text;
        return this;
    }

    // A blank text is ignored: no configuration may hide «أرفض» or any other control (COMPLIANCE C2).
    internal string? FindOverride(string key, CultureInfo culture)
    {
        if (Text?.Invoke(key, culture) is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_overrides.TryGetValue(c.Name, out var texts) && texts.TryGetValue(key, out var found) && !string.IsNullOrWhiteSpace(found))
            {
                return found;
            }
        }

        return null;
    }
}
