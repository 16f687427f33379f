using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Consent.AspNetCore;

/// <summary>
/// The site's consent policy as configured: categories in display order, the cookie registry, and the policy
/// revision derived from both, so that adding a cookie or a category asks every visitor again (COMPLIANCE C10).
/// </summary>
public sealed class ConsentPolicy
{
    /// <summary>The pattern that declares ASP.NET Core's antiforgery cookie.</summary>
    internal const string AntiforgeryCookiePattern = ".AspNetCore.Antiforgery.*";

    private readonly Dictionary<string, int> _categoryIndex;
    private readonly CookieRegistry _registry;

    /// <summary>Creates the policy from validated options.</summary>
    /// <param name="options">The consent options.</param>
    public ConsentPolicy(IOptions<CookieConsentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        Categories = [.. Options.Categories.Values];
        _categoryIndex = Categories.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        Cookies = [.. BuiltInCookies(Options), .. Options.Cookies];
        _registry = new CookieRegistry(Cookies);
        RevisionValue = ComputeRevision(Options);
        Revision = RevisionValue.ToString("x8", CultureInfo.InvariantCulture);
        OptionalCookieFirstCharacters = FirstCharactersOfOptionalCookies(Cookies);
        OptionalCategoryMask = Categories.Count == ConsentCookieFormat.MaximumCategories ? uint.MaxValue - 1 : ((1u << Categories.Count) - 1) & ~1u;
    }

    /// <summary>Gets the options the policy was built from.</summary>
    public CookieConsentOptions Options { get; }

    /// <summary>Gets the categories in display order; <c>necessary</c> comes first.</summary>
    public IReadOnlyList<ConsentCategory> Categories { get; }

    /// <summary>
    /// Gets every declared cookie: the library's own (the consent cookie and ASP.NET Core's cookies, such as
    /// antiforgery, TempData, Session and sign-in, unless the site declares one of those names itself) and the site's.
    /// </summary>
    public IReadOnlyList<DeclaredCookie> Cookies { get; }

    /// <summary>Gets the policy revision: eight hexadecimal digits derived from the policy version, categories and registry.</summary>
    public string Revision { get; }

    internal uint RevisionValue { get; }

    /// <summary>
    /// The characters an optional cookie's name can start with, so that request cookies that cannot be optional
    /// are skipped without a registry lookup; <see langword="null"/> when a pattern starts with <c>*</c>.
    /// </summary>
    internal System.Buffers.SearchValues<char>? OptionalCookieFirstCharacters { get; }

    /// <summary>The bits of every category but necessary.</summary>
    internal uint OptionalCategoryMask { get; }

    /// <summary>Finds a category by key.</summary>
    /// <param name="key">The category key.</param>
    /// <returns>The category, or <see langword="null"/> when there is none with that key.</returns>
    public ConsentCategory? FindCategory(string key) =>
        _categoryIndex.TryGetValue(key, out var index) ? Categories[index] : null;

    /// <summary>Finds the declaration of a cookie by its name.</summary>
    /// <param name="name">The cookie name.</param>
    /// <returns>The declaration, or <see langword="null"/> when the cookie is undeclared.</returns>
    public DeclaredCookie? FindCookie(ReadOnlySpan<char> name) => _registry.Find(name);

    /// <summary>Gets the declared cookies of one category, in declaration order.</summary>
    /// <param name="category">The category key.</param>
    public IEnumerable<DeclaredCookie> CookiesOf(string category) =>
        Cookies.Where(c => string.Equals(c.Category, category, StringComparison.Ordinal));

    internal int IndexOf(string category) => _categoryIndex.TryGetValue(category, out var index) ? index : -1;

    internal uint MaskOf(IEnumerable<string> categories)
    {
        var mask = 1u;
        foreach (var key in categories)
        {
            var index = IndexOf(key);
            if (index >= 0)
            {
                mask |= 1u << index;
            }
        }

        return mask;
    }

    internal IEnumerable<string> KeysOf(uint mask)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if ((mask & (1u << i)) != 0)
            {
                yield return Categories[i].Key;
            }
        }
    }

    private static System.Buffers.SearchValues<char>? FirstCharactersOfOptionalCookies(IEnumerable<DeclaredCookie> cookies)
    {
        var optional = cookies.Where(c => c.Category != ConsentCategory.Necessary).ToList();
        return optional.Any(c => c.Name.StartsWith('*'))
            ? null
            : System.Buffers.SearchValues.Create([.. optional.Select(c => c.Name[0]).Distinct()]);
    }

    private static IEnumerable<DeclaredCookie> BuiltInCookies(CookieConsentOptions options)
    {
        yield return new DeclaredCookie
        {
            Name = options.ConsentCookie.Name,
            Category = ConsentCategory.Necessary,
            Purpose = "Remembers your cookie choices, so that you are not asked again on every page.",
            Lifetime = options.ConsentLifetime,
            Provider = string.Empty,
            Domain = options.ConsentCookie.Domain,
            Path = "/",
        };

        // A site that declares one of ASP.NET Core's cookies itself changes it: its declaration replaces the library's.
        var declared = options.Cookies.Where(c => c is not null).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var cookie in FrameworkCookies.All)
        {
            if (!declared.Contains(cookie.Name))
            {
                yield return cookie;
            }
        }
    }

    private static uint ComputeRevision(CookieConsentOptions options)
    {
        // A canonical text of everything a visitor agreed to: the policy version, each purpose (in order),
        // and which category each cookie belongs to (order-insensitive). Any change re-asks.
        var text = new StringBuilder();
        text.Append("consent-policy-revision/1\n");
        text.Append("version=").Append(options.PolicyVersion).Append('\n');
        foreach (var (key, category) in options.Categories)
        {
            text.Append("category=").Append(key)
                .Append(";sale=").Append(category.IsSaleOrSharing ? '1' : '0')
                .Append(";title=").Append(category.Title)
                .Append(";description=").Append(category.Description).Append('\n');
        }

        foreach (var cookie in options.Cookies.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Category, StringComparer.Ordinal))
        {
            text.Append("cookie=").Append(cookie.Name).Append(";category=").Append(cookie.Category)
                .Append(";third-party=").Append(cookie.IsThirdParty ? '1' : '0').Append('\n');
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash);
    }
}
