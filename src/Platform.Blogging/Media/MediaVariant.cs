namespace Platform.Blogging.Media;

/// <summary>One stored file of a media item: the full-size copy or a resized one, in the original format or WebP.</summary>
/// <param name="File">Its file name inside the item's folder, e.g. <c>600w.webp</c> or <c>1200w.png</c>.</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Bytes">Its size in bytes.</param>
[GenerateSerializer]
[Immutable]
[Alias("platform.MediaVariant")]
public sealed record MediaVariant(
    [property: Id(0)] string File,
    [property: Id(1)] int Width,
    [property: Id(2)] int Height,
    [property: Id(3)] string ContentType,
    [property: Id(4)] long Bytes);
