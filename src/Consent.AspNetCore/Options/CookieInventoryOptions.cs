namespace Consent.AspNetCore;

/// <summary>
/// The passive cookie inventory: the names of undeclared cookies the middleware sees, with a suggested declaration
/// for each, served as JSON at <c>{EndpointPath}/inventory</c>. Binds from <c>Consent:Inventory</c>.
/// </summary>
public sealed class CookieInventoryOptions
{
    /// <summary>The largest <see cref="MaximumNames"/> accepted.</summary>
    public const int MaximumNamesLimit = 10_000;

    // The default of MaximumNames, named once for the property and the validator's message.
    internal const int DefaultMaximumNames = 500;

    /// <summary>
    /// Gets or sets whether the inventory records and serves undeclared cookies. Defaults to <see langword="null"/>:
    /// on when the host environment is Development, off otherwise. Off, the middleware records nothing and the
    /// endpoint answers 404.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// Gets or sets the authorization policy a request to the inventory endpoint must satisfy. Defaults to
    /// <see langword="null"/>: the endpoint then answers only requests from this machine (loopback) that no proxy
    /// relayed. Naming a policy lifts the loopback restriction; the site's authorization middleware must run.
    /// </summary>
    public string? AuthorizationPolicy { get; set; }

    /// <summary>
    /// Gets or sets how many distinct cookie names are kept. Defaults to 500, at most <see cref="MaximumNamesLimit"/>.
    /// Sightings of further names are only counted (the <c>overflow</c> of the JSON), so memory stays bounded
    /// whatever visitors send.
    /// </summary>
    public int MaximumNames { get; set; } = DefaultMaximumNames;
}
