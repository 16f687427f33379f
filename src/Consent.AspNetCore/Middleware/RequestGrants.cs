namespace Consent.AspNetCore;

/// <summary>What a request's visitor granted, as enforcement asks it: a struct, so the filter's calls are direct.</summary>
internal readonly struct RequestGrants : IGrantLookup
{
    private readonly ConsentFeature _feature;

    public RequestGrants(ConsentFeature feature) => _feature = feature;

    public bool IsGranted(string category) => _feature.IsGranted(category);
}
