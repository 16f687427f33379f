using Consent.Abstractions;
using Consent.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.AspNetCore.Tests.Cookies;

/// <summary>
/// A consent cookie is authentic only while the Data Protection key that protected it is: a cookie of a revoked key
/// grants nothing, and remembering authenticated values keeps it granting at most an hour after Data Protection has
/// seen the revocation (C5: no valid decision, nothing granted). Two service providers on one key directory stand for
/// two servers of a farm.
/// </summary>
public sealed class ConsentCookieKeyRevocationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly ConsentPolicy Policy = Policies.Create();

    private readonly DirectoryInfo _keyRing = Directory.CreateTempSubdirectory("consent-keys-");
    private readonly List<ServiceProvider> _servers = [];

    private ServiceProvider Server()
    {
        var services = new ServiceCollection();
        services.AddDataProtection().PersistKeysToFileSystem(_keyRing).SetApplicationName("revocation-test");
        var server = services.BuildServiceProvider();
        _servers.Add(server);
        return server;
    }

    private static ConsentDecision Decision() =>
        new(ConsentId.New(), [ConsentCategory.Marketing], Policy.Revision, Now, globalPrivacyControl: false, ConsentMethod.AcceptAll);

    [Fact]
    [Trait("Rule", "C5")]
    public void Decode_OfACookieWhoseKeyWasRevoked_IsInvalid()
    {
        var first = Server();
        var value = new ConsentCookieCodec(first.GetRequiredService<IDataProtectionProvider>(), Policy, new ManualTimeProvider(Now)).Encode(Decision());
        var second = new ConsentCookieCodec(Server().GetRequiredService<IDataProtectionProvider>(), Policy, new ManualTimeProvider(Now));
        Assert.Equal(ConsentCookieStatus.Valid, second.Decode(value, out _));

        first.GetRequiredService<IKeyManager>().RevokeAllKeys(DateTimeOffset.UtcNow.AddMinutes(1), "leaked");
        var third = new ConsentCookieCodec(Server().GetRequiredService<IDataProtectionProvider>(), Policy, new ManualTimeProvider(Now));

        Assert.Equal(ConsentCookieStatus.Invalid, third.Decode(value, out var decision));
        Assert.Null(decision);
    }

    [Fact]
    [Trait("Rule", "C5")]
    public void Decode_OfAValueAuthenticatedAnHourAgo_UnprotectsItAgain()
    {
        var counting = new CountingProvider(Server().GetRequiredService<IDataProtectionProvider>());
        var clock = new ManualTimeProvider(Now);
        var codec = new ConsentCookieCodec(counting, Policy, clock);
        var value = codec.Encode(Decision());

        codec.Decode(value, out _);
        clock.Advance(ConsentCookieCache.AuthenticationLifetime - TimeSpan.FromSeconds(1));
        codec.Decode(value, out _);
        Assert.Equal(1, counting.Unprotects);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(ConsentCookieStatus.Valid, codec.Decode(value, out _));
        codec.Decode(value, out _);
        Assert.Equal(2, counting.Unprotects);
    }

    public void Dispose()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }

        _keyRing.Delete(recursive: true);
    }

    private sealed class CountingProvider(IDataProtectionProvider inner) : IDataProtectionProvider
    {
        public int Unprotects { get; private set; }

        public IDataProtector CreateProtector(string purpose) => new Protector(this, inner.CreateProtector(purpose));

        private sealed class Protector(CountingProvider owner, IDataProtector inner) : IDataProtector
        {
            public IDataProtector CreateProtector(string purpose) => new Protector(owner, inner.CreateProtector(purpose));

            public byte[] Protect(byte[] plaintext) => inner.Protect(plaintext);

            public byte[] Unprotect(byte[] protectedData)
            {
                owner.Unprotects++;
                return inner.Unprotect(protectedData);
            }
        }
    }
}
