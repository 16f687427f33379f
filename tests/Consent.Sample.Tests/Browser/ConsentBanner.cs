using Microsoft.Playwright;

namespace Consent.Sample.Tests.Browser;

/// <summary>The banner as a visitor meets it on a page of the sample, found by its Arabic labels.</summary>
internal sealed class ConsentBanner
{
    private readonly IPage _page;

    public ConsentBanner(IPage page) => _page = page;

    public ILocator Root => _page.Locator("#consent-banner");

    public ILocator Accept => Button("أوافق");

    public ILocator Reject => Button("أرفض");

    public ILocator Settings => Button("الإعدادات");

    public ILocator SettingsLayer => Root.Locator("#consent-settings");

    public ILocator Save => Button("حفظ اختياراتي");

    /// <summary>The settings panel's «رجوع» (or its English and French labels), which closes the panel.</summary>
    public ILocator Back => SettingsLayer.Locator("a.consent-back");

    public ILocator GpcNotice => Root.Locator(".consent-gpc");

    /// <summary>The «وظيفية», «تحليلية» or «تسويقية» switch of the settings layer, by category key.</summary>
    public ILocator Switch(string category) => Root.Locator($"#consent-category-{category}");

    /// <summary>The footer link «إعدادات ملفات تعريف الارتباط» that reopens the settings layer on any page.</summary>
    public ILocator FooterLink => _page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "إعدادات ملفات تعريف الارتباط", Exact = true });

    /// <summary>Clicks a button that posts a decision and waits for the 303 back to the page to load.</summary>
    /// <remarks>
    /// The 303 usually returns to the very URL the page had, so <c>WaitForURLAsync</c>, which Playwright suggests
    /// instead, would return before the new document exists; waiting for the navigation itself is what is meant.
    /// </remarks>
    public Task DecideAsync(ILocator button) => WhileNavigatingAsync(_page, () => button.ClickAsync());

    /// <summary>Runs an action that reloads the page, and waits for the new document to load.</summary>
    public static Task WhileNavigatingAsync(IPage page, Func<Task> action)
    {
#pragma warning disable CS0612 // See DecideAsync: the URL does not change, the document does.
        return page.RunAndWaitForNavigationAsync(action, new() { WaitUntil = WaitUntilState.Load });
#pragma warning restore CS0612
    }

    private ILocator Button(string name) => Root.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
}
