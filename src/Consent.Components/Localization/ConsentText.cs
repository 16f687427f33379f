using Consent.Localization;
using System.Globalization;
using System.Resources;
using Consent.Abstractions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consent.Components;

/// <summary>
/// Resolves every text the components show, in the current UI culture: the host's override first, then the shipped
/// resources (Arabic when the culture has none). Knows which language the texts really are in, for <c>lang</c>/<c>dir</c>.
/// </summary>
internal sealed class ConsentText
{
    /// <summary>The language of the neutral resources, in which configured texts without a translation are written.</summary>
    public const string NeutralLanguage = "ar";

    private static readonly ResourceManager NeutralResources = new("Consent.Components.Resources.ConsentStrings", typeof(ConsentText).Assembly);

    private readonly IStringLocalizer<ConsentStrings> _localizer;
    private readonly ConsentComponentsOptions _options;
    private readonly MissingTranslations? _missing;

    public ConsentText(IStringLocalizer<ConsentStrings> localizer, IOptions<ConsentComponentsOptions> options, MissingTranslations? missing = null)
    {
        _localizer = localizer;
        _options = options.Value;
        _missing = missing;
    }

    /// <summary>Gets the two-letter language the texts are in; a culture without texts falls back to Arabic.</summary>
    public string Language => Get(ConsentTextKeys.Language);

    /// <summary>Gets the culture name to put in <c>lang</c> and to post with a decision.</summary>
    public string LanguageTag
    {
        get
        {
            var culture = CultureInfo.CurrentUICulture;
            var language = Language;
            return string.Equals(culture.TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase) ? culture.Name : language;
        }
    }

    /// <summary>Gets <c>rtl</c> or <c>ltr</c> for the texts' language.</summary>
    public string Direction => CultureInfo.GetCultureInfo(Language).TextInfo.IsRightToLeft ? "rtl" : "ltr";

    /// <summary>Gets a text by key.</summary>
    /// <param name="key">A key from <see cref="ConsentTextKeys"/>.</param>
    public string this[string key] => Get(key);

    /// <summary>Gets a text by key and fills in its placeholders.</summary>
    /// <param name="key">A key from <see cref="ConsentTextKeys"/>.</param>
    /// <param name="arguments">The values of <c>{0}</c>, <c>{1}</c>…</param>
    public string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);

    /// <summary>Gets the title of a category: override, then the configured title, then the shipped one.</summary>
    /// <param name="category">The category.</param>
    public string Title(ConsentCategoryView category) =>
        Find(ConsentTextKeys.CategoryTitle(category.Key), Configured(category.Titles, category.Title, "the title of category", category.Key)) ?? category.Key;

    /// <summary>Gets the description of a category: override, then the configured one, then the shipped one.</summary>
    /// <param name="category">The category.</param>
    public string Description(ConsentCategoryView category) =>
        Find(ConsentTextKeys.CategoryDescription(category.Key), Configured(category.Descriptions, category.Description, "the description of category", category.Key)) ?? string.Empty;

    /// <summary>
    /// Gets what a cookie is for: override, then the declaration's text in this language, then the shipped text of a
    /// built-in cookie, then the declaration's neutral text (with a warning when this is not the neutral language).
    /// </summary>
    /// <param name="cookie">The declared cookie.</param>
    /// <param name="policy">The policy, to recognise the consent cookie.</param>
    public string Purpose(DeclaredCookieView cookie, ConsentPolicyView policy)
    {
        var key = ConsentTextKeys.CookiePurpose(cookie.Name);
        if (_options.FindOverride(key, CultureInfo.CurrentUICulture) is { } text)
        {
            return text;
        }

        if (LocalizedTexts.TryFind(cookie.Purposes, CultureInfo.CurrentUICulture, out var translated)
            || LocalizedTexts.TryFind(cookie.Purposes, CultureInfo.GetCultureInfo(Language), out translated))
        {
            return translated;
        }

        if (cookie.Provider.Length == 0)
        {
            var builtIn = string.Equals(cookie.Name, policy.ConsentCookieName, StringComparison.Ordinal)
                ? "Cookie.Consent.Purpose"
                : ConsentTextKeys.CookiePurpose(cookie.Name);
            if (Resource(builtIn) is { } shipped)
            {
                return shipped;
            }
        }

        // A tag's cookie declared with the library's own (neutral, Arabic) purpose is shown in the visitor's language.
        if (string.Equals(NeutralResources.GetString(key, CultureInfo.InvariantCulture), cookie.Purpose, StringComparison.Ordinal)
            && Resource(key) is { } tagPurpose)
        {
            return tagPurpose;
        }

        return Configured(LocalizedTexts.None, cookie.Purpose, "the purpose of cookie", cookie.Name)!;
    }

    /// <summary>Gets the texts of one row of a cookie table.</summary>
    /// <param name="cookie">The declared cookie.</param>
    /// <param name="policy">The policy, to recognise the site's built-in cookies.</param>
    public CookieRow Row(DeclaredCookieView cookie, ConsentPolicyView policy) => new(
        cookie.Name,
        cookie.Provider.Length == 0 ? Get(ConsentTextKeys.ThisSite) : cookie.Provider,
        Purpose(cookie, policy),
        cookie is { Storage: CookieStorage.LocalStorage, Lifetime: null } ? Get(ConsentTextKeys.StoredUntilDeleted) : Duration(cookie.Lifetime),
        Get(cookie.IsThirdParty ? ConsentTextKeys.ThirdParty : ConsentTextKeys.FirstParty));

    /// <summary>Gets a lifetime in words with the language's plural form, or the session text when there is none.</summary>
    /// <param name="lifetime">The lifetime; <see langword="null"/> for a session cookie.</param>
    public string Duration(TimeSpan? lifetime)
    {
        if (lifetime is not { } value || value <= TimeSpan.Zero)
        {
            return Get(ConsentTextKeys.SessionDuration);
        }

        var (count, unit) = DurationText.Measure(value);
        var plural = PluralRules.Select(Language, count);
        var key = $"Duration.{unit}.{plural}";
        var template = Find(key, null) ?? Get($"Duration.{unit}.{PluralCategory.Other}");
        return string.Format(CultureInfo.InvariantCulture, template, count);
    }

    private string Get(string key) => Find(key, null) ?? key;

    // A configured text in the language shown: its translation, else (for a default category without a configured
    // neutral text) nothing, so the shipped text is used, else the neutral text, with a warning outside the neutral language.
    private string? Configured(IReadOnlyDictionary<string, string> translations, string? neutral, string what, string name)
    {
        if (LocalizedTexts.TryFind(translations, CultureInfo.CurrentUICulture, out var text)
            || LocalizedTexts.TryFind(translations, CultureInfo.GetCultureInfo(Language), out text))
        {
            return text;
        }

        var language = Language;
        if (neutral is not null && !string.Equals(language, NeutralLanguage, StringComparison.OrdinalIgnoreCase))
        {
            _missing?.Report(what, name, language);
        }

        return neutral;
    }

    private string? Find(string key, string? configured) =>
        _options.FindOverride(key, CultureInfo.CurrentUICulture) ?? configured ?? Resource(key);

    private string? Resource(string key)
    {
        var text = _localizer[key];
        return text.ResourceNotFound ? null : text.Value;
    }
}
