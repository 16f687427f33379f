using BenchmarkDotNet.Attributes;
using Consent.Abstractions;
using Consent.AspNetCore;
using Consent.Benchmarks.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Benchmarks.Cookies;

/// <summary>Encoding a decision into the consent cookie, and reading it back (Data Protection included).</summary>
[MemoryDiagnoser]
public class ConsentCookieCodecBenchmarks
{
    private ConsentCookieCodec _codec = null!;
    private ConsentDecision _decision = null!;
    private string _value = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new Pipelines(_ => Task.CompletedTask).Services;
        _codec = services.GetRequiredService<ConsentCookieCodec>();
        var policy = services.GetRequiredService<ConsentPolicy>();
        _decision = new ConsentDecision(ConsentId.New(), [ConsentCategory.Analytics], policy.Revision, DateTimeOffset.UtcNow, false, ConsentMethod.Custom);
        _value = _codec.Encode(_decision);
    }

    [Benchmark]
    public string Encode() => _codec.Encode(_decision);

    [Benchmark]
    public ConsentDecision? Decode() => _codec.Decode(_value, out var decision) == ConsentCookieStatus.Valid ? decision : null;
}
