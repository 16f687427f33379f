using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// The footer link «إعدادات ملفات تعريف الارتباط». It reloads the current page with <c>?consent=settings</c>, which
/// makes <see cref="CookieConsentBanner"/> show its settings layer open even when a decision exists, so that
/// withdrawing is as easy as giving, with or without JavaScript (COMPLIANCE C9). Put it in the layout's footer.
/// </summary>
public sealed partial class CookiePreferencesLink : ConsentComponentBase, IDisposable
{
    private string _href = "?" + PreferencesUrl.Parameter + "=" + PreferencesUrl.Value;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Gets or sets content to show instead of the localized link text.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc />
    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    /// <inheritdoc />
    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    /// <inheritdoc />
    protected override void OnParametersSet() => _href = PreferencesUrl.Open(Navigation);

    // Interactive layouts stay alive across navigations; the link must follow the current page.
    private void OnLocationChanged(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e)
    {
        _href = PreferencesUrl.Open(Navigation);
        _ = InvokeAsync(StateHasChanged);
    }
}
