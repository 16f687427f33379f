using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consent.Abstractions;
using Consent.AspNetCore;
using Consent.Benchmarks.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Benchmarks.Middleware;

/// <summary>
/// One request through three pipelines (no consent layer, <c>UseCookiePolicy</c> as the anchor, <c>UseCookieConsent</c>),
/// for four kinds of request. Ratios are against the anchor of the same category.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MiddlewareBenchmarks
{
    private static readonly string[] ThreeCookies = ["session", "_ga", "ad_id"];
    private static readonly string[] TwentyCookies =
        ["session", "pref", "_ga", "_ga_1", "_ga_2", "_ga_3", "_ga_4", "_ga_5", "_ga_6", "_ga_7",
         "ad_1", "ad_2", "ad_3", "ad_4", "ad_5", "ad_6", "ad_7", "ad_8", "ad_9", "pref"];

    private Pipelines _none = null!;
    private Pipelines _noneWithInventory = null!;
    private Pipelines _three = null!;
    private Pipelines _twenty = null!;
    private string _consentCookies = null!;
    private string _garbageCookies = null!;
    private const string PolicyCookies = ".AspNet.Consent=yes; .AspNetCore.Antiforgery.x=token";

    [GlobalSetup]
    public void Setup()
    {
        _none = new Pipelines(_ => Task.CompletedTask);
        _noneWithInventory = new Pipelines(_ => Task.CompletedTask, inventory: true);
        _three = new Pipelines(Append(ThreeCookies));
        _twenty = new Pipelines(Append(TwentyCookies));

        // A visitor who granted functional and analytics but not marketing: our pipeline has filtering to do.
        var policy = _none.Services.GetRequiredService<ConsentPolicy>();
        var codec = _none.Services.GetRequiredService<ConsentCookieCodec>();
        var decision = new ConsentDecision(ConsentId.New(), [ConsentCategory.Functional, ConsentCategory.Analytics], policy.Revision, DateTimeOffset.UtcNow, false, ConsentMethod.Custom);
        // The emulated request is HTTPS, where the consent cookie carries the __Host- prefix.
        var name = policy.ConsentCookieName(isHttps: true);
        _consentCookies = $"{name}={codec.Encode(decision)}; .AspNetCore.Antiforgery.x=token";
        _garbageCookies = $"{name}={new string('x', 150)}; .AspNetCore.Antiforgery.x=token";
    }

    [Benchmark, BenchmarkCategory("a: sets no cookie")]
    public Task NoCookie_Neither() => Pipelines.RunAsync(_none.Neither, _consentCookies);

    [Benchmark(Baseline = true), BenchmarkCategory("a: sets no cookie")]
    public Task NoCookie_CookiePolicy() => Pipelines.RunAsync(_none.CookiePolicy, PolicyCookies);

    [Benchmark, BenchmarkCategory("a: sets no cookie")]
    public Task NoCookie_Consent() => Pipelines.RunAsync(_none.Consent, _consentCookies);

    // The passive inventory on: the request carries only declared cookies (the consent and antiforgery cookies).
    [Benchmark, BenchmarkCategory("a: sets no cookie")]
    public Task NoCookie_ConsentWithInventory() => Pipelines.RunAsync(_noneWithInventory.Consent, _consentCookies);

    [Benchmark, BenchmarkCategory("b: sets 3 cookies")]
    public Task Three_Neither() => Pipelines.RunAsync(_three.Neither, _consentCookies);

    [Benchmark(Baseline = true), BenchmarkCategory("b: sets 3 cookies")]
    public Task Three_CookiePolicy() => Pipelines.RunAsync(_three.CookiePolicy, PolicyCookies);

    [Benchmark, BenchmarkCategory("b: sets 3 cookies")]
    public Task Three_Consent() => Pipelines.RunAsync(_three.Consent, _consentCookies);

    [Benchmark, BenchmarkCategory("c: sets 20 cookies")]
    public Task Twenty_Neither() => Pipelines.RunAsync(_twenty.Neither, _consentCookies);

    [Benchmark(Baseline = true), BenchmarkCategory("c: sets 20 cookies")]
    public Task Twenty_CookiePolicy() => Pipelines.RunAsync(_twenty.CookiePolicy, PolicyCookies);

    [Benchmark, BenchmarkCategory("c: sets 20 cookies")]
    public Task Twenty_Consent() => Pipelines.RunAsync(_twenty.Consent, _consentCookies);

    [Benchmark, BenchmarkCategory("d: garbage consent cookie, sets 3")]
    public Task Garbage_Neither() => Pipelines.RunAsync(_three.Neither, _garbageCookies);

    [Benchmark(Baseline = true), BenchmarkCategory("d: garbage consent cookie, sets 3")]
    public Task Garbage_CookiePolicy() => Pipelines.RunAsync(_three.CookiePolicy, ".AspNet.Consent=" + new string('x', 150));

    [Benchmark, BenchmarkCategory("d: garbage consent cookie, sets 3")]
    public Task Garbage_Consent() => Pipelines.RunAsync(_three.Consent, _garbageCookies);

    private static RequestDelegate Append(string[] names) => context =>
    {
        foreach (var name in names)
        {
            context.Response.Cookies.Append(name, "value");
        }

        return Task.CompletedTask;
    };
}
