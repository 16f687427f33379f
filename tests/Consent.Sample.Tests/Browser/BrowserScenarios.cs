namespace Consent.Sample.Tests.Browser;

/// <summary>
/// Every browser scenario shares one Chromium and one sample server, and runs one after another: on a 2-core CI
/// machine that is faster and steadier than a browser and a server per class. Each scenario still gets a fresh
/// browser context, so no cookie crosses from one to the next.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserScenarios : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
