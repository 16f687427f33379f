using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// A Vimeo video with <c>dnt=1</c> (Vimeo's player then tracks no session data and sets no tracking cookie) inside a
/// <see cref="ConsentGate"/>: until <see cref="Category"/> is granted the page has only the placeholder, and nothing
/// is requested from Vimeo. Declare its cookies with <c>options.DeclareTagCookies(ConsentTag.Vimeo)</c>.
/// </summary>
public sealed partial class VimeoEmbed : ComponentBase
{
    private string _src = string.Empty;

    /// <summary>Gets or sets the video ID (digits). Required.</summary>
    [Parameter]
    [EditorRequired]
    public string VideoId { get; set; } = string.Empty;

    /// <summary>Gets or sets the frame's accessible title. Required: a frame without one is unnamed to screen readers.</summary>
    [Parameter]
    [EditorRequired]
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets the category the video needs. Defaults to <c>marketing</c>.</summary>
    [Parameter]
    public string Category { get; set; } = CategoryKeys.Marketing;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        var id = TagScript.Checked(VideoId, TagScript.NumericId(), nameof(VideoId), "a Vimeo video ID (digits)");
        _src = $"https://player.vimeo.com/video/{id}?dnt=1";
    }
}
