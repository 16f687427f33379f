using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// The table of declared cookies by category (name, provider, purpose, duration, first or third party), for the
/// privacy policy page (COMPLIANCE C7, C11). The settings layer of <see cref="CookieConsentBanner"/> uses it too.
/// </summary>
public sealed partial class CookieDeclaration : ConsentComponentBase
{
    /// <summary>Gets or sets the key of the one category to show; <see langword="null"/> (the default) shows all.</summary>
    [Parameter]
    public string? Category { get; set; }

    /// <summary>Gets or sets whether each category's title and description precede its table. Defaults to <see langword="true"/>.</summary>
    [Parameter]
    public bool ShowCategoryHeadings { get; set; } = true;

    /// <summary>Gets or sets the heading level (2 to 6) of the category titles. Defaults to 2.</summary>
    [Parameter]
    public int HeadingLevel { get; set; } = 2;

    private ConsentPolicyView? Policy { get; set; }

    private IEnumerable<ConsentCategoryView> Categories =>
        Policy is null ? [] : Category is null ? Policy.Categories : Policy.Categories.Where(c => c.Key == Category);

    /// <inheritdoc />
    protected override void OnParametersSet() => Policy = GetPageState()?.Policy;

    private RenderFragment CategoryHeading(ConsentCategoryView category) => builder =>
    {
        builder.OpenElement(0, "h" + Math.Clamp(HeadingLevel, 2, 6).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.AddContent(1, Text.Title(category));
        builder.CloseElement();
    };
}
