using System.Security.Cryptography;

namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>ECDSA P-256 key pairs as PEM files (PKCS#8 private key, SubjectPublicKeyInfo public key), as openssl writes them.</summary>
internal sealed class SigningKeys : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("consent-keys-");

    public SigningKeys()
    {
        (SitePrivate, SitePublic) = Write("site");
        (AttackerPrivate, AttackerPublic) = Write("attacker");
    }

    public string SitePrivate { get; }

    public string SitePublic { get; }

    public string AttackerPrivate { get; }

    public string AttackerPublic { get; }

    public string PathOf(string name) => Path.Combine(_directory.FullName, name);

    public void Dispose() => _directory.Delete(recursive: true);

    private (string Private, string Public) Write(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var privatePath = PathOf(name + ".key.pem");
        var publicPath = PathOf(name + ".pub.pem");
        File.WriteAllText(privatePath, key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(publicPath, key.ExportSubjectPublicKeyInfoPem());
        return (privatePath, publicPath);
    }
}
