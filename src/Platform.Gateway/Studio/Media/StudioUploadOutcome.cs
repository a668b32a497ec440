using Platform.Blogging.Media;

namespace Platform.Gateway.Studio.Media;

/// <summary>What became of a studio upload: the stored item (and whether it is new), or the status and message of the refusal.</summary>
internal sealed record StudioUploadOutcome(MediaItem? Item, bool Created, int Status, string? Error)
{
    public static StudioUploadOutcome Stored(MediaItem item, bool created) =>
        new(item, created, created ? StatusCodes.Status201Created : StatusCodes.Status200OK, null);

    public static StudioUploadOutcome Refuse(int status, string message) => new(null, false, status, message);
}
