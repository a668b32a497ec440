namespace Platform.Blogging.Media;

/// <summary>The persisted state of a blog's media catalog: every item, oldest first.</summary>
[GenerateSerializer]
[Alias("platform.MediaState")]
public sealed class MediaState
{
    /// <summary>The items, in upload order.</summary>
    [Id(0)]
    public List<MediaItem> Items { get; set; } = [];
}
