namespace Consent.AspNetCore;

/// <summary>A third-party tag or embed whose cookies the library can declare for you (<see cref="CookieConsentOptionsTagExtensions.DeclareTagCookies"/>).</summary>
public enum ConsentTag
{
    /// <summary>Google Analytics 4 through the Google tag or Google Tag Manager: <c>_ga</c>, <c>_ga_*</c> (analytics).</summary>
    GoogleAnalytics = 0,

    /// <summary>Google Ads conversion measurement: <c>_gcl_*</c> (marketing).</summary>
    GoogleAds = 1,

    /// <summary>The Meta Pixel: <c>_fbp</c>, <c>_fbc</c> (marketing).</summary>
    MetaPixel = 2,

    /// <summary>Microsoft Advertising UET: <c>_uetsid</c>, <c>_uetvid</c> and their <c>localStorage</c> copies (marketing).</summary>
    MicrosoftUet = 3,

    /// <summary>Microsoft Clarity: <c>_clck</c>, <c>_clsk</c> (analytics).</summary>
    MicrosoftClarity = 4,

    /// <summary>YouTube embeds (privacy-enhanced mode): <c>VISITOR_INFO1_LIVE</c>, <c>YSC</c>, set by YouTube (marketing).</summary>
    YouTube = 5,

    /// <summary>Vimeo embeds: <c>vuid</c>, set by Vimeo when it is not asked not to track (marketing).</summary>
    Vimeo = 6,
}
