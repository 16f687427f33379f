using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>
/// A YouTube video from <c>www.youtube-nocookie.com</c> (YouTube's privacy-enhanced mode) inside a
/// <see cref="ConsentGate"/>: until <see cref="Category"/> is granted the page has only the placeholder, and nothing
/// is requested from YouTube. Privacy-enhanced mode still stores data once the video plays, hence the gate. Declare
/// its cookies with <c>options.DeclareTagCookies(ConsentTag.YouTube)</c>.
/// </summary>
public sealed partial class YouTubeEmbed : ComponentBase
{
    private string _src = string.Empty;

    /// <summary>Gets or sets the video ID (the eleven characters after <c>v=</c>). Required.</summary>
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
        var id = TagScript.Checked(VideoId, TagScript.YouTubeVideoId(), nameof(VideoId), "a YouTube video ID (eleven letters, digits, '-' or '_')");
        _src = "https://www.youtube-nocookie.com/embed/" + id;
    }
}
