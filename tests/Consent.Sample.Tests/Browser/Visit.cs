using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>A visitor in a fresh browser profile, on a page of the sample: their context, tab and banner.</summary>
internal sealed class Visit : IAsyncDisposable
{
    private Visit(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        Banner = new ConsentBanner(page);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public ConsentBanner Banner { get; }

    /// <summary>Opens <paramref name="path"/> in a new context made by <paramref name="fixture"/>.</summary>
    public static async Task<Visit> StartAsync(BrowserFixture fixture, string path, BrowserNewContextOptions? options = null)
    {
        var context = await fixture.NewContextAsync(options);
        var visit = new Visit(context, await context.NewPageAsync());
        await visit.Page.GotoAsync(path);
        return visit;
    }

    public void Deconstruct(out IBrowserContext context, out IPage page, out ConsentBanner banner) =>
        (context, page, banner) = (Context, Page, Banner);

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
