using System.Buffers;
using System.Globalization;
using Consent.Abstractions;

namespace Consent.AspNetCore;

/// <summary>Checks a consent request against the policy; anything unknown is an error, never a guess.</summary>
internal static class ConsentRequestValidator
{
    private const int MaximumCategories = 64;
    private static readonly string[] Layers =
        [ConsentFormNames.BannerLayer, ConsentFormNames.SettingsLayer, ConsentFormNames.PlaceholderLayer, ConsentFormNames.PageLayer, ConsentFormNames.ApiLayer];
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");
    private static readonly SearchValues<char> CultureCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    public static (ValidatedConsentRequest? Request, string? Error) Validate(ConsentRequest request, ConsentPolicy policy, bool fromForm)
    {
        ConsentMethod method;
        switch (request.Action)
        {
            case ConsentFormNames.AcceptAll: method = ConsentMethod.AcceptAll; break;
            case ConsentFormNames.RejectAll: method = ConsentMethod.RejectAll; break;
            case ConsentFormNames.Save: method = ConsentMethod.Custom; break;
            default:
                return (null, $"Unknown action. Send action={ConsentFormNames.AcceptAll}, {ConsentFormNames.RejectAll} or {ConsentFormNames.Save}.");
        }

        if (request.Categories.Count > MaximumCategories)
        {
            return (null, "Too many categories.");
        }

        var categories = new List<string>();
        foreach (var key in request.Categories)
        {
            var category = policy.FindCategory(key);
            if (category is null)
            {
                return (null, "Unknown category key. Send only keys of the site's categories.");
            }

            if (!category.IsNecessary && !categories.Contains(key))
            {
                categories.Add(key);
            }
        }

        var layer = request.Layer ?? (fromForm ? ConsentFormNames.BannerLayer : ConsentFormNames.ApiLayer);
        if (Array.IndexOf(Layers, layer) < 0)
        {
            return (null, "Unknown layer.");
        }

        if (request.TextHash is { } hash && (hash.Length != 64 || hash.AsSpan().ContainsAnyExcept(LowerHex)))
        {
            return (null, "textHash must be 64 lowercase hexadecimal digits (SHA-256).");
        }

        // No key is an old page or another client, recorded as before; a key that is there must be one we could have issued.
        if (request.SubmissionKey is { } submissionKey && !ConsentSubmissionKey.IsValid(submissionKey))
        {
            return (null, $"{ConsentFormNames.SubmissionKey} must be {ConsentSubmissionKey.Length} lowercase hexadecimal digits, sent once.");
        }

        var language = request.Language ?? CultureInfo.CurrentUICulture.Name;
        if (language.Length > 35 || language.AsSpan().ContainsAnyExcept(CultureCharacters))
        {
            return (null, "language must be a culture name such as ar or en-GB.");
        }

        var returnUrl = ReturnUrl.ForLocation(ReturnUrl.LocalOrRoot(request.ReturnUrl));
        var details = new ConsentAuditDetails($"{layer}:{request.Action}", language, request.TextHash, ReturnUrl.PathOf(request.ReturnUrl), request.SubmissionKey);
        return (new ValidatedConsentRequest(method, method == ConsentMethod.Custom ? categories : [], returnUrl, details), null);
    }
}
