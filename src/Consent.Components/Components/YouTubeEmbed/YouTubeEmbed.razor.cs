namespace Consent.Components;

/// <summary>
/// A YouTube video from <c>www.youtube-nocookie.com</c> (YouTube's privacy-enhanced mode) inside a
/// <see cref="ConsentGate"/>: until <see cref="VideoEmbedBase.Category"/> is granted the page has only the placeholder,
/// and nothing is requested from YouTube. Privacy-enhanced mode still stores data once the video plays, hence the gate.
/// <see cref="VideoEmbedBase.VideoId"/> is the eleven characters after <c>v=</c>. Declare its cookies with
/// <c>options.DeclareTagCookies(ConsentTag.YouTube)</c>.
/// </summary>
public sealed partial class YouTubeEmbed : VideoEmbedBase
{
    private protected override string Player(string videoId) =>
        "https://www.youtube-nocookie.com/embed/" + TagScript.Checked(videoId, TagScript.YouTubeVideoId(), nameof(VideoId), "a YouTube video ID (eleven letters, digits, '-' or '_')");
}
