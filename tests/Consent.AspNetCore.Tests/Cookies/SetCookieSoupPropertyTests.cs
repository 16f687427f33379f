using Consent.AspNetCore.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consent.AspNetCore.Tests.Cookies;

/// <summary>
/// Random <c>Set-Cookie</c> attribute soups (repeated, reordered and mis-cased Max-Age and Expires, odd dates, odd
/// white space) through the filter, judged by <see cref="BrowserCookieModel"/>: what a browser would keep.
/// </summary>
public sealed class SetCookieSoupPropertyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] OptionalNames = ["_ga", "_ga_X1", "ad_id", "pref"];

    private static readonly string[] MaxAges =
        ["0", "-1", "-0", "00", "1", "31536000", "0\u00A0", "\u00A00", "+0", "+5", " 0 ", "\t0", "0x", "", "-", "99999999999999999999", "-99999999999999999999", "0.5"];

    private static readonly string[] Expires =
    [
        "Thu, 01 Jan 1970 00:00:00 GMT", "1 Jan 50 00:00:00 GMT", "1 Jan 70 00:00:00 GMT", "1 Jan 0069 00:00:00 GMT",
        "Thu, 26 Nov 2026 20:00:00 +14:00", "Thu, 26 Nov 2026 11:00:00 GMT", "Thu, 26 Nov 2026 13:00:00 GMT",
        "Fri, 01 Jan 2100 00:00:00 GMT", "garbage", "31 Feb 2000 00:00:00", "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994", "26 Nov 2026 11:00:00 -14:00", "2026-11-27T00:00:00Z", "1 \u017Fep 2030 00:00:00",
        "Wed, 25 Nov 2026 12:00:00\u00A0GMT", "00:00:00 2099 jan 1",
    ];

    private static readonly string[] Others =
        ["Path=/", "Path=/x", "Path=x", "Domain=localhost", "Domain=.localhost", "Domain=", "Secure", "HttpOnly", "SameSite=Lax", "foo=bar", "", "Max-Age", "Expires"];

    private static readonly SetCookieFilter Filter =
        new(Policies.Create(), TestMetrics.Create(), NullLogger.Instance, new ManualTimeProvider(Now));

    private static Arbitrary<string> Soups()
    {
        var attributeName = Gen.Elements("Max-Age", "max-age", "MAX-AGE", " max-age ", "Expires", "expires", " EXPIRES\t");
        var lifetime = from name in attributeName
                       from value in name.Trim(' ', '\t').Equals("max-age", StringComparison.OrdinalIgnoreCase) ? Gen.Elements(MaxAges) : Gen.Elements(Expires)
                       select $"{name}={value}";
        var attribute = Gen.Frequency((4, lifetime), (1, Gen.Elements(Others)));
        var separator = Gen.Elements(";", "; ", " ;\t", ";  ");
        var soup = from name in Gen.Elements(OptionalNames)
                   from value in Gen.Elements("abc", "", "GA1.1.123", "\"q\"")
                   from attributes in Gen.ListOf(Gen.Zip(separator, attribute)).Select(list => list.Take(7))
                   select name + "=" + value + string.Concat(attributes.Select(a => a.Item1 + a.Item2));
        return soup.ToArbitrary();
    }

    private static string[] Sent(string header, Grants grants)
    {
        IHeaderDictionary headers = new HeaderDictionary();
        headers.SetCookie = header;
        Filter.Apply(headers, grants, []);
        return [.. headers.SetCookie!];
    }

    [Property(MaxTest = 3000)]
    [Trait("Rule", "C1")]
    public Property Apply_BeforeAnyGrant_SendsNothingAnyBrowserWouldKeep() =>
        Prop.ForAll(Soups(), header =>
            Sent(header, Grants.Of()).All(sent => !BrowserCookieModel.AnyBrowserKeeps(sent, Now))
                .Label($"kept from: {header}"));

    [Property(MaxTest = 3000)]
    [Trait("Rule", "C9")]
    public Property Apply_BeforeAnyGrant_StillSendsWhatEveryBrowserReadsAsADeletion() =>
        Prop.ForAll(Soups(), header =>
            (BrowserCookieModel.AnyBrowserKeeps(header, Now)
                || Sent(header, Grants.Of()) is [var sent] && BrowserCookieModel.Name(sent) == BrowserCookieModel.Name(header) && !BrowserCookieModel.AnyBrowserKeeps(sent, Now))
                .Label($"deletion lost: {header}"));

    [Property(MaxTest = 1000)]
    public Property Apply_AfterEveryGrant_SendsTheHeaderAsWritten() =>
        Prop.ForAll(Soups(), header =>
            Sent(header, Grants.Of(ConsentCategory.Functional, ConsentCategory.Analytics, ConsentCategory.Marketing)).SequenceEqual([header]));
}
