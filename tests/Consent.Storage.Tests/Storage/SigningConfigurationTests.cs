using Consent.AspNetCore;
using Consent.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Consent.Storage.Tests.Storage;

/// <summary>A signing key that cannot be used stops the site before it records anything unsigned.</summary>
public sealed class SigningConfigurationTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("consent-signing-");

    [Theory]
    [Trait("Rule", "L3")]
    [InlineData("missing.pem", null)]
    [InlineData("public.pem", "public")]
    [InlineData("garbage.pem", "garbage")]
    public void Store_UnusableSigningKey_FailsAtStartupNamingTheSetting(string file, string? content)
    {
        var path = Path.Combine(_directory.FullName, file);
        if (content == "public")
        {
            using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
            File.WriteAllText(path, key.ExportSubjectPublicKeyInfoPem());
        }
        else if (content is not null)
        {
            File.WriteAllText(path, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        }

        var services = new ServiceCollection().AddLogging();
        services.AddCookieConsent(options => options.Audit.Signing.PrivateKeyPath = path).AddSqliteAuditLog($"Data Source={Path.Combine(_directory.FullName, "consent.db")}");
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IConsentAuditStore>());

        Assert.Contains("Consent:Audit:Signing:PrivateKeyPath", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory.FullName, "consent.db")), "nothing was written");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
