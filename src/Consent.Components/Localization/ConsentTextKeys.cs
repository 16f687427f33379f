namespace Consent.Components;

/// <summary>
/// The keys of every text the components show, for <see cref="ConsentComponentsOptions.Override(string, string, string)"/>
/// and <see cref="ConsentComponentsOptions.Text"/>. Category texts use <see cref="CategoryTitle(string)"/> and
/// <see cref="CategoryDescription(string)"/>; a cookie's purpose uses <see cref="CookiePurpose(string)"/>.
/// Durations use <c>Duration.{Hour|Day|Month|Year}.{Zero|One|Two|Few|Many|Other}</c> with <c>{0}</c> for the count.
/// </summary>
public static class ConsentTextKeys
{
    /// <summary>The language of the texts (<c>ar</c>, <c>en</c>, <c>fr</c>); override it when you add a language.</summary>
    public const string Language = "Language";

    /// <summary>The banner heading.</summary>
    public const string BannerHeading = "Banner.Heading";

    /// <summary>The first layer's explanation.</summary>
    public const string BannerBody = "Banner.Body";

    /// <summary>The link to the privacy policy.</summary>
    public const string PrivacyLink = "Banner.PrivacyLink";

    /// <summary>The accept-all button («أوافق»).</summary>
    public const string AcceptAll = "Banner.AcceptAll";

    /// <summary>The reject-all button («أرفض»).</summary>
    public const string RejectAll = "Banner.RejectAll";

    /// <summary>The control that opens the settings layer («الإعدادات»).</summary>
    public const string Settings = "Banner.Settings";

    /// <summary>The settings layer's title and the footer link («إعدادات ملفات تعريف الارتباط»).</summary>
    public const string SettingsTitle = "Settings.Title";

    /// <summary>The control in the settings panel's header that closes the panel («رجوع»).</summary>
    public const string Back = "Settings.Back";

    /// <summary>The summary that expands a category's cookie table in the settings panel.</summary>
    public const string CookieDetails = "Settings.CookieDetails";

    /// <summary>The save button of the settings layer.</summary>
    public const string Save = "Settings.Save";

    /// <summary>The confirmation shown after the settings layer is saved («تم حفظ اختيارك.»).</summary>
    public const string Saved = "Settings.Saved";

    /// <summary>The badge of the necessary category.</summary>
    public const string AlwaysOn = "Settings.AlwaysOn";

    /// <summary>The consent ID line; <c>{0}</c> is the ID.</summary>
    public const string ConsentId = "Settings.ConsentId";

    /// <summary>The Global Privacy Control notice (COMPLIANCE G2).</summary>
    public const string GpcNotice = "Gpc.Notice";

    /// <summary>The cookie table's name column.</summary>
    public const string ColumnName = "Table.Name";

    /// <summary>The cookie table's provider column.</summary>
    public const string ColumnProvider = "Table.Provider";

    /// <summary>The cookie table's purpose column.</summary>
    public const string ColumnPurpose = "Table.Purpose";

    /// <summary>The cookie table's duration column.</summary>
    public const string ColumnDuration = "Table.Duration";

    /// <summary>The cookie table's type column.</summary>
    public const string ColumnType = "Table.Type";

    /// <summary>A first-party cookie.</summary>
    public const string FirstParty = "Table.FirstParty";

    /// <summary>A third-party cookie.</summary>
    public const string ThirdParty = "Table.ThirdParty";

    /// <summary>The provider shown for the site's own cookies.</summary>
    public const string ThisSite = "Table.ThisSite";

    /// <summary>Shown when a category declares no cookie.</summary>
    public const string NoCookies = "Table.NoCookies";

    /// <summary>The duration of a session cookie.</summary>
    public const string SessionDuration = "Duration.Session";

    /// <summary>The duration of a <c>localStorage</c> key declared without a lifetime: it stays until it is deleted.</summary>
    public const string StoredUntilDeleted = "Duration.UntilDeleted";

    /// <summary>The gate placeholder; <c>{0}</c> is the provider, <c>{1}</c> the category title.</summary>
    public const string GatePlaceholder = "Gate.Placeholder";

    /// <summary>The gate placeholder without a provider; <c>{0}</c> is the category title.</summary>
    public const string GatePlaceholderNoProvider = "Gate.PlaceholderNoProvider";

    /// <summary>The gate's grant button.</summary>
    public const string GateAllow = "Gate.Allow";

    /// <summary>The key of a category's title.</summary>
    /// <param name="category">The category key.</param>
    /// <returns>The text key.</returns>
    public static string CategoryTitle(string category) => $"Category.{category}.Title";

    /// <summary>The key of a category's description.</summary>
    /// <param name="category">The category key.</param>
    /// <returns>The text key.</returns>
    public static string CategoryDescription(string category) => $"Category.{category}.Description";

    /// <summary>The key of a declared cookie's purpose, by its declared name (or pattern).</summary>
    /// <param name="cookieName">The declared name.</param>
    /// <returns>The text key.</returns>
    public static string CookiePurpose(string cookieName) => $"Cookie.{cookieName}.Purpose";
}
