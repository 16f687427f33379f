using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// The cookie banner: a first layer with «أوافق», «أرفض» and «الإعدادات», and a settings layer with a switch per
/// category. It is a plain HTML form posted to the consent endpoint, so it works without JavaScript. It renders
/// only while the visitor has no valid decision, or when the page was opened with <c>?consent=settings</c> (the
/// <see cref="CookiePreferencesLink"/>), which opens the settings layer. Put it once in the layout.
/// </summary>
/// <remarks>
/// The banner has no parameter on purpose: nothing may hide «أرفض», make the buttons unequal or pre-tick a category
/// (COMPLIANCE C2–C4). Texts come from <see cref="ConsentComponentsOptions"/>; look from CSS custom properties.
/// </remarks>
public sealed partial class CookieConsentBanner : ConsentComponentBase, IDisposable
{
    private ConsentPolicyView _policy = default!;
    private ConsentSnapshot? _state;
    private bool _visible;
    private bool _settingsOpen;
    private string _returnUrl = "/";
    private string _textHash = string.Empty;

    // One key per form: a visitor who uses the first layer and then, in the same page, the panel makes two submissions.
    private readonly string _bannerKey = ConsentSubmissionKey.New();
    private readonly string _settingsKey = ConsentSubmissionKey.New();
    private string _settingsAction = "/";
    private IReadOnlyList<(string Name, string Value)> _query = [];

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <inheritdoc />
    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    /// <inheritdoc />
    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    /// <inheritdoc />
    protected override Task OnParametersSetAsync() => RefreshAsync();

    private async Task RefreshAsync()
    {
        var page = GetPageState();
        _state = page?.Visitor;
        _settingsOpen = PreferencesUrl.IsRequested(Navigation);
        _visible = _state is not null && (!_state.HasDecision || _settingsOpen);
        if (!_visible)
        {
            return;
        }

        _policy = page!.Policy;

        _returnUrl = PreferencesUrl.Closed(Navigation);
        (_settingsAction, _query) = PreferencesUrl.OpenForm(Navigation);

        // R4: the exact text is archived on the server as it is shown; the hash posted with the decision names it.
        var text = BannerTextComposer.Compose(Text, _policy, _state!.GlobalPrivacyControl);
        _textHash = await RecordShownTextAsync(text);
    }

    // In an interactive layout the banner outlives navigations: the preferences link must still open it.
    private void OnLocationChanged(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e) =>
        _ = InvokeAsync(async () =>
        {
            await RefreshAsync();
            StateHasChanged();
        });

    // C4: with no decision every optional switch is off; with one, the switches show the visitor's own choice.
    private bool IsOn(ConsentCategoryView category) => _state!.HasDecision && _state.IsGranted(category.Key);
}
