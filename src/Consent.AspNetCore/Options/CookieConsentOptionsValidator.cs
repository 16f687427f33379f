using System.Buffers;
using Consent.Auditing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Consent.AspNetCore;

/// <summary>Checks the options once at startup and says what to fix, in the words of the configuration keys.</summary>
internal sealed class CookieConsentOptionsValidator : IValidateOptions<CookieConsentOptions>
{
    private const int MaximumCategoryKeyLength = 32;
    private const int MaximumUserAgentLength = 256;
    private const int MinimumClientAddressKeyBytes = 32;

    private static readonly SearchValues<char> KeyCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_");

    // RFC 6265 token characters, plus '*' for patterns.
    private static readonly SearchValues<char> CookieNameCharacters =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public ValidateOptionsResult Validate(string? name, CookieConsentOptions options)
    {
        var failures = new List<string>();
        ValidateCategories(options, failures);
        ValidateCookies(options, failures);
        ValidateConsentCookie(options.ConsentCookie, failures);

        if (string.IsNullOrWhiteSpace(options.PolicyVersion))
        {
            failures.Add("Consent:PolicyVersion is empty. Set it to the version of your privacy policy, for example \"2026-11\".");
        }

        if (options.ConsentLifetime <= TimeSpan.Zero || options.ConsentLifetime > CookieConsentOptions.MaximumConsentLifetime)
        {
            failures.Add($"Consent:ConsentLifetime is {options.ConsentLifetime}. It must be more than zero and at most {CookieConsentOptions.MaximumConsentLifetime.Days} days ({CookieConsentOptions.MaximumConsentLifetime:c}); the default is {CookieConsentOptions.DefaultConsentLifetime.Days} days.");
        }

        if (!Enum.IsDefined(options.UndeclaredCookies))
        {
            failures.Add($"Consent:UndeclaredCookies is {options.UndeclaredCookies}. Use Block (the default), AllowWhenAllGranted or Allow.");
        }

        if (!IsLocalPath(options.EndpointPath))
        {
            failures.Add($"Consent:EndpointPath \"{options.EndpointPath}\" must be a path on this site that starts with a single '/', for example \"/consent\".");
        }

        if (string.IsNullOrWhiteSpace(options.PrivacyPolicyUrl))
        {
            failures.Add("Consent:PrivacyPolicyUrl is empty. Visitors must be able to read the privacy policy before they choose (COMPLIANCE C7); set it to its URL.");
        }

        foreach (var origin in options.AllowedOrigins)
        {
            if (!RequestOrigin.IsOrigin(origin))
            {
                failures.Add($"Consent:AllowedOrigins has \"{origin}\", which is not an origin. Write scheme and host (and a port if not the default), nothing else, for example \"https://www.example.com\".");
            }
        }

        if (options.Inventory.MaximumNames is < 1 or > CookieInventoryOptions.MaximumNamesLimit)
        {
            failures.Add($"Consent:Inventory:MaximumNames is {options.Inventory.MaximumNames}. It must be between 1 and {CookieInventoryOptions.MaximumNamesLimit}; the default is {CookieInventoryOptions.DefaultMaximumNames}.");
        }

        if (options.Inventory.AuthorizationPolicy is { } policy && string.IsNullOrWhiteSpace(policy))
        {
            failures.Add("Consent:Inventory:AuthorizationPolicy is blank. Name an authorization policy, or remove the key to serve the inventory to loopback requests only.");
        }

        ValidateAudit(options.Audit, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCategories(CookieConsentOptions options, List<string> failures)
    {
        // The consent cookie keeps one bit a category.
        if (options.Categories.Count > ConsentCookieFormat.MaximumCategories)
        {
            failures.Add($"Consent:Categories has {options.Categories.Count} categories; at most {ConsentCookieFormat.MaximumCategories} are supported. Merge purposes that visitors would choose together.");
        }

        foreach (var (key, category) in options.Categories)
        {
            if (key.Length is 0 or > MaximumCategoryKeyLength || key.AsSpan().ContainsAnyExcept(KeyCharacters))
            {
                failures.Add($"Consent:Categories:{key}: a category key must be 1 to {MaximumCategoryKeyLength} characters of a-z, 0-9, '-' or '_'.");
                continue;
            }

            if (category is null)
            {
                failures.Add($"Consent:Categories:{key} is empty. Remove it or give it a Title and a Description.");
                continue;
            }

            if (!category.IsWellKnown && (string.IsNullOrWhiteSpace(category.Title) || string.IsNullOrWhiteSpace(category.Description)))
            {
                failures.Add($"Consent:Categories:{key} needs a Title and a Description: visitors must see each purpose before they choose (COMPLIANCE C7).");
            }
        }
    }

    private static void ValidateCookies(CookieConsentOptions options, List<string> failures)
    {
        for (var i = 0; i < options.Cookies.Count; i++)
        {
            var cookie = options.Cookies[i];
            var where = $"Consent:Cookies:{i}";
            if (cookie is null)
            {
                failures.Add($"{where} is empty.");
                continue;
            }

            if (string.IsNullOrEmpty(cookie.Name) || cookie.Name.AsSpan().ContainsAnyExcept(CookieNameCharacters))
            {
                failures.Add($"{where}:Name \"{cookie.Name}\" is not a cookie name. Use the exact name, or a pattern with '*' such as \"_ga*\".");
            }
            else if (cookie.Name.Trim('*').Length == 0)
            {
                failures.Add($"{where}:Name \"{cookie.Name}\" would match every cookie. Declare each cookie, or a pattern with a fixed part such as \"_ga*\".");
            }

            var at = $"{where} ({cookie.Name})";
            if (!options.Categories.ContainsKey(cookie.Category ?? string.Empty))
            {
                failures.Add($"{at}:Category \"{cookie.Category}\" is not a category. Use one of: {string.Join(", ", options.Categories.Keys)}.");
            }

            if (string.IsNullOrWhiteSpace(cookie.Purpose))
            {
                failures.Add($"{at}:Purpose is empty. Say what the cookie is for (COMPLIANCE C7, C11).");
            }

            if (string.IsNullOrWhiteSpace(cookie.Provider))
            {
                failures.Add($"{at}:Provider is empty. Name who sets the cookie: your site or the third party.");
            }

            if (cookie.Lifetime is { } lifetime && lifetime <= TimeSpan.Zero)
            {
                failures.Add($"{at}:Lifetime must be positive; leave it empty for a cookie that ends with the browser session.");
            }

            if (cookie.Path is { } path && !path.StartsWith('/'))
            {
                failures.Add($"{at}:Path \"{path}\" must start with '/'.");
            }
        }
    }

    private static void ValidateConsentCookie(ConsentCookieOptions cookie, List<string> failures)
    {
        if (string.IsNullOrEmpty(cookie.Name) || cookie.Name.Contains('*', StringComparison.Ordinal)
            || cookie.Name.AsSpan().ContainsAnyExcept(CookieNameCharacters))
        {
            failures.Add($"Consent:ConsentCookie:Name \"{cookie.Name}\" is not a valid cookie name.");
        }

        if (cookie.SameSite is not (SameSiteMode.Lax or SameSiteMode.Strict))
        {
            failures.Add($"Consent:ConsentCookie:SameSite is {cookie.SameSite}. Use Lax (the default) or Strict: the consent cookie is first-party only.");
        }

        if (cookie.Name.StartsWith("__Host-", StringComparison.Ordinal)
            && (cookie.SecurePolicy != CookieSecurePolicy.Always || cookie.Domain is not null))
        {
            failures.Add("Consent:ConsentCookie:Name uses the __Host- prefix, which requires SecurePolicy Always and no Domain.");
        }
    }

    private static void ValidateAudit(ConsentAuditOptions audit, List<string> failures)
    {
        if (audit.QueueCapacity < 1 || audit.MaxBatchSize < 1 || audit.QueueTimeout < TimeSpan.Zero || audit.Retention <= TimeSpan.Zero)
        {
            failures.Add("Consent:Audit:QueueCapacity and Consent:Audit:MaxBatchSize must be at least 1, Consent:Audit:QueueTimeout must not be negative and Consent:Audit:Retention, when set, must be more than zero.");
        }

        if (audit.ClientAddress == ClientAddressRecording.KeyedHash)
        {
            var key = TryDecodeKey(audit.ClientAddressKey);
            if (key is null || key.Length < MinimumClientAddressKeyBytes)
            {
                failures.Add($"Consent:Audit:ClientAddressKey must be a Base64 key of at least {MinimumClientAddressKeyBytes} bytes when Consent:Audit:ClientAddress is KeyedHash (a plain hash of an IP is not anonymous, COMPLIANCE R3).");
            }
        }

        if (audit.UserAgentMaxLength is < 1 or > MaximumUserAgentLength)
        {
            failures.Add($"Consent:Audit:UserAgentMaxLength must be between 1 and {MaximumUserAgentLength}.");
        }
    }

    private static byte[]? TryDecodeKey(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }

    private static bool IsLocalPath(string? path) =>
        !string.IsNullOrEmpty(path) && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Contains('?', StringComparison.Ordinal) && !path.Contains('#', StringComparison.Ordinal);
}
