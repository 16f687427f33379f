using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// Renders its content only when <see cref="Category"/> is granted for this request; otherwise nothing of the content
/// reaches the browser, only a placeholder that says what it is and a button that grants just that category
/// (keeping the categories already granted). Use it around embeds, widgets and <see cref="ConsentScript"/>s.
/// </summary>
public sealed partial class ConsentGate : ConsentComponentBase
{
    private bool _open;
    private bool _showPlaceholder;
    private string _endpoint = "/";
    private string _message = string.Empty;
    private string _returnUrl = "/";
    private string _textHash = string.Empty;
    private readonly string _submissionKey = ConsentSubmissionKey.New();
    private IReadOnlyList<string> _categories = [];

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Gets or sets the key of the category the content needs, such as <c>analytics</c>. Required.</summary>
    [Parameter]
    [EditorRequired]
    public string Category { get; set; } = string.Empty;

    /// <summary>Gets or sets the content, rendered only when the category is granted.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>
    /// Gets or sets who provides the content (for example <c>YouTube</c>), named in the placeholder.
    /// When <see langword="null"/>, the placeholder names only the category.
    /// </summary>
    [Parameter]
    public string? Provider { get; set; }

    /// <summary>Gets or sets extra content shown above the placeholder's text, such as a preview image or a title.</summary>
    [Parameter]
    public RenderFragment? Placeholder { get; set; }

    /// <summary>Gets or sets whether a closed gate shows the placeholder. Defaults to <see langword="true"/>; use
    /// <see langword="false"/> around scripts.</summary>
    [Parameter]
    public bool ShowPlaceholder { get; set; } = true;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        // C5: an unknown state (no request, nothing persisted) opens nothing, and without a policy there is nothing
        // to offer either.
        var page = GetPageState();
        if (page is null)
        {
            _open = false;
            _showPlaceholder = false;
            return;
        }

        var policy = page.Policy;
        var category = policy.FindCategory(Category)
            ?? throw new InvalidOperationException($"ConsentGate: \"{Category}\" is not a consent category. Use one of: {string.Join(", ", policy.Categories.Select(c => c.Key))}.");
        var state = page.Visitor;
        _open = state?.IsGranted(category.Key) == true;
        _showPlaceholder = !_open && ShowPlaceholder;
        if (!_showPlaceholder)
        {
            return;
        }

        _endpoint = policy.EndpointPath;

        var title = Text.Title(category);
        _message = string.IsNullOrEmpty(Provider)
            ? Text.Format(ConsentTextKeys.GatePlaceholderNoProvider, title)
            : Text.Format(ConsentTextKeys.GatePlaceholder, Provider, title);
        _categories = [.. policy.Categories.Where(c => !c.IsNecessary && (c.Key == category.Key || state?.IsGranted(c.Key) == true)).Select(c => c.Key)];
        _returnUrl = PreferencesUrl.Closed(Navigation);
        var shown = _message + "\n" + Text[ConsentTextKeys.GateAllow];
        _textHash = await RecordShownTextAsync(shown);
    }
}
