using Platform.Blogging.Errors;

namespace Platform.Blogging.Media;

/// <summary>An upload the media library refuses: too large, not an accepted image, or too many pixels.</summary>
[GenerateSerializer]
[Alias("platform.MediaRejectedException")]
public sealed class MediaRejectedException(MediaRejection reason, string message) : BloggingException(CodeOf(reason), message, "file")
{
    /// <summary>Why it was refused.</summary>
    [Id(0)]
    public MediaRejection Reason { get; } = reason;

    private static string CodeOf(MediaRejection reason) => reason switch
    {
        MediaRejection.TooLarge => "media-too-large",
        MediaRejection.TooManyPixels => "media-too-many-pixels",
        _ => "media-not-an-image",
    };
}
