using Consent.Abstractions;
using Microsoft.AspNetCore.Components;

namespace Consent.Components;

/// <summary>What the video embeds share: the video, the frame's title and the category, and a checked player URL.</summary>
public abstract class VideoEmbedBase : ComponentBase
{
    private protected VideoEmbedBase()
    {
    }

    /// <summary>Gets or sets the video ID. Required.</summary>
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

    /// <summary>Gets the player URL for <see cref="VideoId"/>.</summary>
    private protected string PlayerUrl { get; private set; } = string.Empty;

    /// <inheritdoc />
    protected override void OnParametersSet() => PlayerUrl = Player(VideoId);

    /// <summary>Checks the ID and returns the player URL.</summary>
    private protected abstract string Player(string videoId);
}
