namespace Consent.Components;

/// <summary>
/// A Vimeo video with <c>dnt=1</c> (Vimeo's player then tracks no session data and sets no tracking cookie) inside a
/// <see cref="ConsentGate"/>: until <see cref="VideoEmbedBase.Category"/> is granted the page has only the placeholder,
/// and nothing is requested from Vimeo. <see cref="VideoEmbedBase.VideoId"/> is the number in the video's URL. Declare
/// its cookies with <c>options.DeclareTagCookies(ConsentTag.Vimeo)</c>.
/// </summary>
public sealed partial class VimeoEmbed : VideoEmbedBase
{
    private protected override string Player(string videoId) =>
        $"https://player.vimeo.com/video/{TagScript.Checked(videoId, TagScript.NumericId(), nameof(VideoId), "a Vimeo video ID (digits)")}?dnt=1";
}
