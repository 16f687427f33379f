namespace Consent.Components;

/// <summary>How a tag component loads its vendor's script while its category is not granted.</summary>
public enum TagConsentMode
{
    /// <summary>
    /// The vendor's script is not written into the page until the category is granted; before that, nothing reaches
    /// the vendor. The default.
    /// </summary>
    Basic = 0,

    /// <summary>
    /// The vendor's script loads on every page with the vendor's consent signal set to denied, and is told when the
    /// visitor grants. The vendor then receives cookieless requests before consent (Google and Microsoft call this
    /// advanced mode and model conversions from them): choose it only where that is lawful for your site.
    /// </summary>
    Advanced = 1,
}
