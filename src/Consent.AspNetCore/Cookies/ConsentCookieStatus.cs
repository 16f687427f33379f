namespace Consent.AspNetCore;

/// <summary>What was found in the request's consent cookie.</summary>
internal enum ConsentCookieStatus
{
    /// <summary>No consent cookie.</summary>
    Missing,

    /// <summary>A decision this site issued, under the current revision and within its lifetime.</summary>
    Valid,

    /// <summary>A decision this site issued that is older than the consent lifetime.</summary>
    Expired,

    /// <summary>A decision this site issued under another policy revision.</summary>
    OtherRevision,

    /// <summary>Anything else: forged, tampered, truncated, from another key ring, malformed.</summary>
    Invalid,

    /// <summary>
    /// More than one valid consent cookie, none of which grants no more than every other (a cookie tossed by a
    /// sibling subdomain or with a longer path): no decision, since a tossed cookie must never add a grant.
    /// </summary>
    Conflicting,
}
